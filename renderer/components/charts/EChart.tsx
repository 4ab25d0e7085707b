import { useEffect, useRef } from 'react';
import { CHART_TEXT_STYLE, echarts } from './echarts-setup';
import type { ChartOption } from './echarts-setup';

/**
 * A small React wrapper around one ECharts instance: created once on mount, given each new option whole
 * (`notMerge`, so a removed series really disappears), resized with its box, disposed on unmount.
 */
export function EChart({ option, label, height = 320 }: { option: ChartOption; label: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ textStyle: CHART_TEXT_STYLE, animation: false, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} data-chart={label} />;
}
