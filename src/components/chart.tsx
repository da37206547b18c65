// The panel around every chart: its title and description (its accessible name), the exports, the
// switch to a table of the same numbers, and a footer. The drawing itself is <EChartCanvas>.
import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '@/i18n/use-i18n';
import { download, fileSlug, toCsv } from '@/lib/format/csv';
import type { echarts, ChartOption } from '@/lib/charts/echarts';
import { ChartDataTable, tableAsCsv, type ChartCsv, type ChartTable } from './chart-table';
import { EChartCanvas, type ChartEvent } from './echart-canvas';

export type { ChartCsv, ChartTable } from './chart-table';

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
  csv?: ChartCsv;
  /** No "Show as table" button and no visible caption (a wall has no mouse); still named for assistive tech. */
  hideControls?: boolean;
  onEvent?: ChartEvent;
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
  const instance = useRef<echarts.ECharts | null>(null);
  const [asTable, setAsTable] = useState(false);

  const downloadCsv = () => {
    const data = csv ?? tableAsCsv(table);
    const blob = new Blob([toCsv(data.columns, data.rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    download(`${fileSlug(title)}.csv`, url);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const downloadPng = () => {
    const chart = instance.current;
    if (!chart) return;
    const background =
      getComputedStyle(chart.getDom() ?? document.body)
        .getPropertyValue('--surface')
        .trim() || '#ffffff';
    download(
      `${fileSlug(title)}.png`,
      chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background }),
    );
  };

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
            onClick={downloadCsv}
          >
            {t('components.chart.csv')}
          </button>
          <button
            type="button"
            className="link-button"
            aria-label={t('components.chart.downloadPng', { title })}
            disabled={asTable}
            onClick={downloadPng}
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
        <ChartDataTable
          key="table"
          table={table}
          title={title}
          label={t('components.chart.tableRegion', { title })}
        />
      ) : (
        <EChartCanvas
          key="chart"
          option={option}
          label={`${title}. ${description}`}
          height={height}
          onEvent={onEvent}
          instanceRef={instance}
        />
      )}
      {footer}
    </figure>
  );
}
