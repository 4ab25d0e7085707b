import type { HistoryPoint, SectionProfile, TotalsChart, TotalsHistoryPoint } from '../../../shared/views/chart-data';
import { formatIndicatorValue } from '../../../shared/views/chart-data';
import type { IndicatorDef } from '../../../shared/model/criteria';
import { formatNumber, formatPoints, formatPercent } from '../../../shared/base/number-format';
import { formatShare } from '../../../shared/views/ranking-view';
import type { Strings } from '../../i18n/vi';
import { CHART_COLOURS } from '../../components/charts/echarts-setup';
import type { ChartOption } from '../../components/charts/echarts-setup';

/**
 * ECharts options of the charts screen, built from shared/views/chart-data.ts. Axis labels and tooltips use the
 * Vietnamese number format ("85,5", "8,05 tỷ đồng"); tooltips are rich text on the canvas (CSP, see echarts-setup).
 */

type ChartText = Strings['charts'];

/** Tooltip data → the dataIndex it points at (trigger "item" gives one entry). */
function indexOf(params: unknown): number {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (first && typeof first === 'object' && 'dataIndex' in first && typeof first.dataIndex === 'number') return first.dataIndex;
  return -1;
}

function seriesOf(params: unknown): string {
  const first: unknown = Array.isArray(params) ? params[0] : params;
  if (first && typeof first === 'object' && 'seriesName' in first && typeof first.seriesName === 'string') return first.seriesName;
  return '';
}

/** Points plotted as decimals (85.5) back to hundredths for the exact Vietnamese text "85,50". */
const pointsText = (plotted: number): string => formatPoints(Math.round(plotted * 100));

const tooltip = (formatter: (params: unknown) => string): ChartOption['tooltip'] => ({
  trigger: 'item',
  renderMode: 'richText',
  confine: true,
  formatter: (params: unknown) => formatter(params),
});

const grid = { left: 56, right: 24, top: 56, bottom: 40 } as const;

export function totalsOption(data: TotalsChart, t: ChartText): ChartOption {
  return {
    title: { text: t.totals.title, left: 0, textStyle: { fontSize: 15 } },
    grid,
    tooltip: tooltip((p) => {
      const k = indexOf(p);
      return `${data.labels[k] ?? ''}\n${pointsText(data.totals[k] ?? 0)} ${t.points}`;
    }),
    xAxis: { type: 'category', data: [...data.labels], axisLabel: { interval: 0 } },
    // Up to a round 20 above both the best total and the maximum, so the maximum's line is always in view.
    yAxis: { type: 'value', min: 0, max: Math.ceil(Math.max(data.maxPoints, ...data.totals) / 20) * 20, axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: [
      {
        type: 'bar',
        name: t.totals.series,
        data: [...data.totals],
        itemStyle: { color: CHART_COLOURS.brand },
        label: { show: true, position: 'top', formatter: (p: { dataIndex: number }) => pointsText(data.totals[p.dataIndex] ?? 0) },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: CHART_COLOURS.muted, type: 'dashed' },
          label: { formatter: t.totals.max(pointsText(data.maxPoints)), position: 'insideEndTop' },
          data: [{ yAxis: data.maxPoints }],
        },
      },
    ],
  };
}

export function profileOption(profile: SectionProfile, memberName: string, t: ChartText): ChartOption {
  const percent = (v: number): string => formatPercent(v);
  return {
    title: { text: t.profile.title(memberName), left: 0, textStyle: { fontSize: 15 } },
    legend: { top: 34, data: [t.profile.member, t.profile.average] },
    grid: { ...grid, top: 84 },
    tooltip: tooltip((p) => {
      const k = indexOf(p);
      return `${profile.codes[k] ?? ''}. ${profile.names[k] ?? ''}\n${t.profile.member}: ${percent(profile.member[k] ?? 0)}\n${t.profile.average}: ${percent(profile.average[k] ?? 0)}`;
    }),
    xAxis: { type: 'category', data: [...profile.codes] },
    yAxis: { type: 'value', min: 0, max: 100, name: t.profile.axis, nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => percent(v) } },
    series: [
      { type: 'bar', name: t.profile.member, data: [...profile.member], itemStyle: { color: CHART_COLOURS.brand } },
      { type: 'bar', name: t.profile.average, data: [...profile.average], itemStyle: { color: CHART_COLOURS.average } },
    ],
  };
}

/**
 * Year-over-year bars in two series: the unit's own figures and figures summed from predecessors, so an aggregated
 * year is a different colour with its own legend entry (docs/domain.md, "Members and mergers").
 */
interface HistoryText {
  /** Value on a bar and in the tooltip. */
  readonly value: (value: number) => string;
  /** Value on the axis (shorter): a plain number, the unit is the axis's name. */
  readonly axis: (value: number) => string;
  /** The axis's unit ("căn", "tỷ đồng", "%"), written once above it rather than on every tick. */
  readonly axisName?: string;
  /** Counts: ticks on whole numbers only (no "0,5 xã"). */
  readonly whole?: boolean;
  /** Second line on the bar, if any. */
  readonly extra: (k: number) => string;
  /** Tail of the tooltip's value line. */
  readonly detail: (k: number) => string;
}

function historyOption(title: string, points: readonly HistoryPoint[], text: HistoryText, aggregatedFrom: (ids: readonly string[]) => string, t: ChartText): ChartOption {
  const own = points.map((p) => (p.aggregated || p.value === null ? null : p.value));
  const summed = points.map((p) => (p.aggregated ? p.value : null));
  const label = {
    show: true,
    position: 'top' as const,
    lineHeight: 16,
    formatter: (p: { value: unknown; dataIndex: number }) => {
      if (typeof p.value !== 'number') return '';
      const extra = text.extra(p.dataIndex);
      return extra ? `${text.value(p.value)}\n${extra}` : text.value(p.value);
    },
  };
  return {
    title: { text: title, left: 0, textStyle: { fontSize: 15 } },
    legend: { top: 34, data: [t.history.own, t.history.aggregated] },
    grid: { ...grid, top: 96, left: 72 },
    tooltip: tooltip((p) => {
      const k = indexOf(p);
      const point = points[k];
      if (!point) return '';
      const value = point.value === null ? t.history.none : text.value(point.value);
      const note = point.aggregated ? `\n${t.history.aggregatedNote(point.year, aggregatedFrom(point.aggregatedFrom))}` : '';
      return `${point.year} — ${seriesOf(p)}\n${value}${text.detail(k)}${note}`;
    }),
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: {
      type: 'value',
      min: 0,
      ...(text.whole ? { minInterval: 1 } : {}),
      ...(text.axisName ? { name: text.axisName, nameTextStyle: { align: 'right' as const } } : {}),
      axisLabel: { formatter: (v: number) => text.axis(v) },
    },
    series: [
      { type: 'bar', name: t.history.own, stack: 'year', data: own, itemStyle: { color: CHART_COLOURS.brand }, label },
      { type: 'bar', name: t.history.aggregated, stack: 'year', data: summed, itemStyle: { color: CHART_COLOURS.aggregated }, label },
    ],
  };
}

export function totalsHistoryOption(points: readonly TotalsHistoryPoint[], memberName: string, aggregatedFrom: (ids: readonly string[]) => string, t: ChartText): ChartOption {
  const plotted = points.map((p) => ({ ...p, value: p.value === null ? null : p.value / 100 }));
  // A summed total only reads against the summed maxima, so every bar also shows its share of the maximum.
  const share = (k: number): string => {
    const p = points[k];
    return p?.value != null && p.maxPoints ? formatShare(p.value, p.maxPoints) : '';
  };
  const detail = (k: number): string => {
    const p = points[k];
    return p?.value != null && p.maxPoints ? ` ${t.history.ofMax(formatPoints(p.maxPoints), share(k))}` : '';
  };
  return historyOption(t.history.title(memberName), plotted, { value: pointsText, axis: formatNumber, extra: share, detail }, aggregatedFrom, t);
}

export function indicatorHistoryOption(points: readonly HistoryPoint[], def: IndicatorDef, aggregatedFrom: (ids: readonly string[]) => string, t: ChartText): ChartOption {
  const value = (v: number): string => formatIndicatorValue(def, v);
  return historyOption(t.history.indicatorTitle(def.name), points, { value, ...indicatorAxis(def, points), extra: () => '', detail: () => '' }, aggregatedFrom, t);
}

/** The axis of an indicator's history: plain numbers on the ticks, the unit once as the axis's name. */
function indicatorAxis(def: IndicatorDef, points: readonly HistoryPoint[]): Pick<HistoryText, 'axis' | 'axisName' | 'whole'> {
  if (def.unit === 'percent') return { axis: formatNumber, axisName: '%' };
  if (def.unit === 'vnd') {
    const largest = Math.max(0, ...points.map((p) => p.value ?? 0));
    const [divisor, name] = largest >= 1e9 ? [1e9, 'tỷ đồng'] : largest >= 1e6 ? [1e6, 'triệu đồng'] : [1, 'đồng'];
    return { axis: (v) => formatNumber(Math.round((v / divisor) * 100) / 100), axisName: name };
  }
  return { axis: formatNumber, axisName: def.unitLabel, whole: true };
}
