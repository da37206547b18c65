// The ECharts lifecycle and nothing else: init once, setOption on change (in a time slice), resize
// with its box, dispose on unmount; it reports when the option now given has been painted.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { echarts, type ChartOption } from '@/lib/charts/echarts';
import { trackChart } from '@/lib/charts/live-charts';
import { paintInSlice } from '@/lib/charts/paint-slices';

/**
 * Disposes a chart, and makes a paint it had left for the next animation frame a no-op. zrender
 * paints a large chart over several frames and does not check, in the frame it asked for, whether
 * the chart was disposed meanwhile: it would then read its cleared layers and throw. A chart that
 * mounts and unmounts at once (StrictMode's second run of effects, a quick route change) met it.
 */
export function disposeChart(chart: echarts.ECharts): void {
  const painter = (chart.getZr() as { painter?: { _paintList?: unknown } } | undefined)?.painter;
  chart.dispose();
  if (painter) painter._paintList = () => undefined;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  if (typeof matchMedia === 'undefined') return () => {};
  const query = matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the user asked for less motion; live, so a change applies without a reload. */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribeReducedMotion,
    () => typeof matchMedia !== 'undefined' && matchMedia(REDUCED_MOTION).matches,
    () => false,
  );
}

export interface ChartEvent {
  name: 'click';
  handler: (params: { dataIndex: number; seriesIndex?: number; name?: string }) => void;
}

interface EChartCanvasProps {
  option: ChartOption;
  /** The accessible name of the drawing: its title and what it shows. */
  label: string;
  height: number | string;
  onEvent?: ChartEvent;
  /** The live instance, for whoever exports it as an image. */
  instanceRef?: RefObject<echarts.ECharts | null>;
}

export function EChartCanvas({ option, label, height, onEvent, instanceRef }: EChartCanvasProps) {
  const ref = useRef<HTMLDivElement>(null);
  const instance = useRef<echarts.ECharts | null>(null);
  // Every chart obeys reduced motion here, whatever its option builder says.
  const reducedMotion = usePrefersReducedMotion();
  const shown = useMemo<ChartOption>(
    () => (reducedMotion ? { ...option, animation: false } : option),
    [option, reducedMotion],
  );
  const animated = shown.animation !== false;
  // Ready once the option now given has been painted: a new option (another unit, another range)
  // makes the chart not ready until ECharts has drawn it, so tests and the benchmark can wait for it.
  const shownOption = useRef<ChartOption | null>(null);
  const [paintedOption, setPaintedOption] = useState<ChartOption | null>(null);
  const ready = paintedOption !== null && paintedOption === shown;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    instance.current = chart;
    if (instanceRef) instanceRef.current = chart;
    const untrack = trackChart(chart);
    const onFinished = () => setPaintedOption(shownOption.current);
    chart.on('finished', onFinished);
    // The observer also reports the size it starts with: redrawing at the same size would paint
    // every chart twice on arrival.
    const observer = new ResizeObserver(() => {
      if (el.clientWidth !== chart.getWidth() || el.clientHeight !== chart.getHeight()) {
        chart.resize();
      }
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.off('finished', onFinished);
      disposeChart(chart);
      untrack();
      instance.current = null;
      if (instanceRef) instanceRef.current = null;
      setPaintedOption(null);
    };
  }, [instanceRef]);

  useEffect(() => {
    const chart = instance.current;
    if (!chart) return;
    return paintInSlice(() => {
      shownOption.current = shown;
      chart.setOption(shown, { notMerge: true, lazyUpdate: false });
    });
  }, [shown]);

  useEffect(() => {
    const chart = instance.current;
    if (!chart || !onEvent) return;
    const handler = (params: unknown) =>
      onEvent.handler(params as { dataIndex: number; seriesIndex?: number; name?: string });
    chart.on(onEvent.name, handler);
    return () => {
      chart.off(onEvent.name, handler);
    };
  }, [onEvent]);

  return (
    <div
      ref={ref}
      className="chart__canvas"
      role="img"
      aria-label={label}
      data-chart-ready={ready ? 'true' : 'false'}
      data-chart-animation={animated ? 'on' : 'off'}
      style={{ height }}
    />
  );
}
