import { useMemo } from 'react';
import type { QuarterChartData } from '../../../shared/views/quarterly/quarter-chart-data';
import { formatNumber } from '../../../shared/base/number-format';
import { EChart } from '../../components/charts/EChart';
import { CHART_COLOURS, type ChartOption } from '../../components/charts/echarts-setup';
import { useStrings } from '../../i18n/strings';

const percent = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${formatNumber(v)}%`);

function dataIndexOf(params: unknown): number {
  return params && typeof params === 'object' && 'dataIndex' in params && typeof params.dataIndex === 'number' ? params.dataIndex : -1;
}

/**
 * The chart of one indicator at the quarter (loaded apart from the screen, so ECharts never delays the table):
 * percent of the pledged target by member, last year's same quarter beside it, the straight-line pace across.
 */
export function QuarterChart({ data, title }: { data: QuarterChartData; title: string }) {
  const t = useStrings().quarterly;
  const option = useMemo((): ChartOption => {
    const top = Math.max(100, ...data.ratios.map((v) => v ?? 0), ...data.lastYear.map((v) => v ?? 0));
    return {
      title: { text: title, left: 0, textStyle: { fontSize: 15 } },
      grid: { left: 56, right: 24, top: 72, bottom: 40 },
      legend: { top: 28, left: 0 },
      tooltip: {
        trigger: 'item',
        renderMode: 'richText',
        confine: true,
        formatter: (p: unknown) => {
          const k = dataIndexOf(p);
          return `${data.labels[k] ?? ''}\n${t.chartSeries}: ${percent(data.ratios[k])}${data.hasLastYear ? `\n${t.chartLastYear}: ${percent(data.lastYear[k])}` : ''}`;
        },
      },
      xAxis: { type: 'category', data: [...data.labels], axisLabel: { interval: 0 } },
      yAxis: { type: 'value', min: 0, max: Math.ceil(top / 25) * 25, axisLabel: { formatter: (v: number) => `${formatNumber(v)}%` } },
      series: [
        {
          type: 'bar',
          name: t.chartSeries,
          data: [...data.ratios],
          itemStyle: { color: CHART_COLOURS.brand },
          label: { show: true, position: 'top', formatter: (p: unknown) => percent(data.ratios[dataIndexOf(p)]) },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: CHART_COLOURS.average, type: 'dashed', width: 2 },
            label: { formatter: t.chartPace(percent(data.pace)), position: 'insideEndTop' },
            data: [{ yAxis: data.pace }],
          },
        },
        ...(data.hasLastYear ? [{ type: 'bar' as const, name: t.chartLastYear, data: [...data.lastYear], itemStyle: { color: CHART_COLOURS.muted } }] : []),
      ],
    };
  }, [data, title, t]);
  return <EChart option={option} label={title} height={340} />;
}
