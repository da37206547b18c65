// The one ECharts wrapper: init once, setOption on change, resize with its box, dispose on unmount,
// with an accessible name and a table of the same numbers behind every chart.
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useI18n } from '@/i18n/use-i18n';
import { download, fileSlug, toCsv, type CsvCell } from '@/lib/format/csv';
import { echarts, type ChartOption } from '@/lib/charts/echarts';
import { trackChart } from '@/lib/charts/live-charts';
import { paintInSlice } from '@/lib/charts/paint-slices';

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

export interface ChartTable {
  caption?: string;
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
}

interface ChartProps {
  /** Accessible name and visible title. */
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers and the caption. */
  description: string;
  option: ChartOption;
  table: ChartTable;
  height?: number | string;
  /** Extra controls shown beside the title (e.g. exports). */
  actions?: ReactNode;
  /** Shown under the chart and the table alike, e.g. the list of annotations. */
  footer?: ReactNode;
  /** The chart's data for a CSV export, unformatted (with units in the headers and n); default the table. */
  csv?: { columns: readonly string[]; rows: readonly (readonly CsvCell[])[] };
  /** No "Show as table" button and no visible caption (a wall has no mouse); still named for assistive tech. */
  hideControls?: boolean;
  onEvent?: {
    name: 'click';
    handler: (params: { dataIndex: number; seriesIndex?: number; name?: string }) => void;
  };
}

export function Chart({
  title,
  description,
  option,
  table,
  height = 320,
  actions,
  footer,
  csv,
  hideControls = false,
  onEvent,
}: ChartProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const instance = useRef<echarts.ECharts | null>(null);
  const [asTable, setAsTable] = useState(false);
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
    if (!el || asTable) return;
    const chart = echarts.init(el, null, { renderer: 'canvas' });
    instance.current = chart;
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
      chart.dispose();
      untrack();
      instance.current = null;
      setPaintedOption(null);
    };
  }, [asTable]);

  useEffect(() => {
    const chart = instance.current;
    if (!chart) return;
    return paintInSlice(() => {
      shownOption.current = shown;
      chart.setOption(shown, { notMerge: true, lazyUpdate: false });
    });
  }, [shown, asTable]);

  useEffect(() => {
    const chart = instance.current;
    if (!chart || !onEvent) return;
    const handler = (params: unknown) =>
      onEvent.handler(params as { dataIndex: number; seriesIndex?: number; name?: string });
    chart.on(onEvent.name, handler);
    return () => {
      chart.off(onEvent.name, handler);
    };
  }, [onEvent, asTable]);

  return (
    <figure
      className={hideControls ? 'chart chart--bare' : 'chart'}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <figcaption className={hideControls ? 'visually-hidden' : 'chart__caption'}>
        <span className="chart__title" id={`${id}-title`}>
          {title}
        </span>
        <span className="chart__actions" hidden={hideControls}>
          {actions}
          <button
            type="button"
            className="link-button"
            aria-label={t('components.chart.downloadCsv', { title })}
            onClick={() => {
              const data = csv ?? {
                columns: table.columns,
                rows: table.rows.map((row) =>
                  row.map((c) => (typeof c === 'string' || typeof c === 'number' ? c : '')),
                ),
              };
              const blob = new Blob([toCsv(data.columns, data.rows)], {
                type: 'text/csv;charset=utf-8',
              });
              const url = URL.createObjectURL(blob);
              download(`${fileSlug(title)}.csv`, url);
              setTimeout(() => URL.revokeObjectURL(url), 10_000);
            }}
          >
            {t('components.chart.csv')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-label={t('components.chart.downloadPng', { title })}
            disabled={asTable}
            onClick={() => {
              const chart = instance.current;
              if (!chart) return;
              const background =
                getComputedStyle(ref.current ?? document.body)
                  .getPropertyValue('--surface')
                  .trim() || '#ffffff';
              download(
                `${fileSlug(title)}.png`,
                chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background }),
              );
            }}
          >
            {t('components.chart.png')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-pressed={asTable}
            onClick={() => setAsTable((v) => !v)}
          >
            {asTable ? t('components.chart.showChart') : t('components.chart.showTable')}
          </button>
        </span>
      </figcaption>
      <p className={hideControls ? 'visually-hidden' : 'chart__description'} id={`${id}-desc`}>
        {description}
      </p>
      {asTable ? (
        // Keyed apart from the chart's box: React must not reuse the box ECharts clears on dispose.
        <div
          key="table"
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('components.chart.tableRegion', { title })}
        >
          <table className="data-table">
            <caption className="visually-hidden">{table.caption ?? title}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th key={c} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={c}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div
          key="chart"
          ref={ref}
          className="chart__canvas"
          role="img"
          aria-label={`${title}. ${description}`}
          data-chart-ready={ready ? 'true' : 'false'}
          data-chart-animation={animated ? 'on' : 'off'}
          style={{ height }}
        />
      )}
      {footer}
    </figure>
  );
}
