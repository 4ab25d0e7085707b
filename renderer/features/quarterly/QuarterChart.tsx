import { useMemo } from 'react';
import type { IndicatorDef } from '../../../shared/model/criteria';
import type { QuarterChartData } from '../../../shared/views/quarterly/quarter-chart-data';
import { amountText } from '../../../shared/views/quarterly/quarterly-text';
import { formatPercent } from '../../../shared/base/number-format';
import { EChart } from '../../components/charts/EChart';
import { CHART_COLOURS, type ChartOption } from '../../components/charts/echarts-setup';
import { useStrings } from '../../i18n/strings';

function dataIndexOf(params: unknown): number {
  return params && typeof params === 'object' && 'dataIndex' in params && typeof params.dataIndex === 'number' ? params.dataIndex : -1;
}

/**
 * The chart of one indicator at the quarter (loaded apart from the screen, so ECharts never delays the table):
 * percent of the pledged target by member with last year's same quarter beside it and the straight-line pace
 * across, or, while there is no target, the figures themselves (shared/views/quarterly/quarter-chart-data.ts).
 */
export function QuarterChart({ data, def, title }: { data: QuarterChartData; def: IndicatorDef; title: string }) {
  const t = useStrings().quarterly;
  const option = useMemo((): ChartOption => {
    const ratio = data.mode === 'ratio';
    const text = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : ratio ? formatPercent(v) : amountText(def, v));
    const series = ratio ? t.chartSeries : t.chartToDate;
    const lastName = ratio ? t.chartLastYear : t.chartLastYearAmount;
    const top = Math.max(ratio ? 100 : 0, ...data.values.map((v) => v ?? 0), ...data.lastYear.map((v) => v ?? 0));
    return {
      title: { text: title, left: 0, textStyle: { fontSize: 15 } },
      grid: { left: ratio ? 56 : 96, right: 24, top: 72, bottom: 40 },
      legend: { top: 28, left: 0 },
      tooltip: {
        trigger: 'item',
        renderMode: 'richText',
        confine: true,
        formatter: (p: unknown) => {
          const k = dataIndexOf(p);
          return `${data.labels[k] ?? ''}\n${series}: ${text(data.values[k])}${data.hasLastYear ? `\n${lastName}: ${text(data.lastYear[k])}` : ''}`;
        },
      },
      xAxis: { type: 'category', data: [...data.labels], axisLabel: { interval: 0 } },
      yAxis: { type: 'value', min: 0, ...(ratio ? { max: Math.ceil(top / 25) * 25 } : {}), axisLabel: { formatter: (v: number) => text(v) } },
      series: [
        {
          type: 'bar',
          name: series,
          data: [...data.values],
          itemStyle: { color: CHART_COLOURS.brand },
          label: { show: true, position: 'top', formatter: (p: unknown) => text(data.values[dataIndexOf(p)]) },
          ...(data.pace === null
            ? {}
            : {
                markLine: {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { color: CHART_COLOURS.average, type: 'dashed' as const, width: 2 },
                  label: { formatter: t.chartPace(text(data.pace)), position: 'insideEndTop' as const },
                  data: [{ yAxis: data.pace }],
                },
              }),
        },
        ...(data.hasLastYear ? [{ type: 'bar' as const, name: lastName, data: [...data.lastYear], itemStyle: { color: CHART_COLOURS.muted } }] : []),
      ],
    };
  }, [data, def, title, t]);
  return <EChart option={option} label={title} height={340} />;
}
