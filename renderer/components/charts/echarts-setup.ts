import { BarChart } from 'echarts/charts';
import type { BarSeriesOption } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * Only the ECharts parts the charts screen uses, drawn on canvas: smaller bundle, and nothing that needs inline
 * styles or eval under the app's CSP (shared/platform/csp.ts). Tooltips are drawn as rich text on the canvas too, because
 * ECharts' HTML tooltips carry inline style attributes that the CSP refuses.
 */
echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export { echarts };

/** Colours of the app (styles.css --brand and a calm blue), so charts and screens read as one product. */
export const CHART_COLOURS = { brand: '#b3261e', average: '#2f6f9f', aggregated: '#e0a100', muted: '#8a8f98' } as const;

/** Text of the app for every chart. */
export const CHART_TEXT_STYLE = { fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif' } as const;
