import { useStrings } from '../../i18n/strings';
import { useAppStore } from '../../store';
import { TableTools } from '../../components/TableTools';
import { IndicatorList } from './IndicatorList';
import { IndicatorValues } from './IndicatorValues';
import './indicators.css';

/**
 * Chỉ tiêu: the year's indicators, their values per member and period, and progress against the pledged targets; the
 * whole table with the cluster's totals (6.485 căn, 8,05 tỷ đồng) prints and exports from here.
 */
export function IndicatorsScreen() {
  const strings = useStrings();
  const t = strings.indicators;
  const year = useAppStore((s) => s.yearDoc?.year);
  if (year === undefined) {
    return (
      <div className="screen">
        <h1>{strings.nav.indicators}</h1>
        <p className="muted">{t.noYear}</p>
      </div>
    );
  }
  return (
    <div className="screen indicators-screen">
      <h1>{t.heading(year)}</h1>
      <TableTools kinds={['indicators']} />
      <IndicatorList />
      <IndicatorValues />
    </div>
  );
}
