// The weekly review: everything the executive team needs for ten minutes on customer health, for a
// chosen week, on screen and as a printable pack (A4 or US Letter, landscape).
import { useSearchParams } from 'react-router';
import { useCatalog } from '@/api/queries/catalog';
import { metricFamily, type Catalog } from '@/api/schemas';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { WhatChanged } from '@/components/what-changed';
import { useConfig } from '@/config/config-context';
import { addDaysIso, formatDay, formatWeekNumber, formatTimestamp } from '@/lib/dates';
import { headlineFrom } from '@/lib/headline';
import { useUnitParam } from '@/lib/url-state';
import { ReviewHeadlines } from './components/review-headlines';
import {
  AnnotationsList,
  PillarHealthTable,
  StageMovesTable,
  UnitsByMetricsTable,
} from './components/review-tables';
import { resolveReviewWeek, reviewWeeks } from './review-week';

/** A CSS string literal: quotes and backslashes escaped, line breaks dropped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * The printed pack's footer, in the page margin of every page (CSS page-margin boxes), so it never
 * overlaps the content: the week, the unit, the data's date and the page number.
 */
function PrintFooter({ text }: { text: string }) {
  const css = `@media print { @page { @bottom-left { content: ${cssString(text)}; font: 8pt system-ui, sans-serif; color: #4a5568; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #4a5568; } } }`;
  return <style data-print-footer="">{css}</style>;
}

function ReviewView({ catalog }: { catalog: Catalog }) {
  const { locale } = useConfig();
  const [params, setParams] = useSearchParams();
  const unit = useUnitParam(catalog);
  const { week, notice } = resolveReviewWeek(params.get('week'), catalog.dataAsOf);
  const headlines = metricFamily.options.flatMap((f) =>
    catalog.metrics.filter((m) => m.family === f && m.headline),
  );
  const from = headlineFrom(catalog.dataAsOf);
  const unitName = catalog.units.find((u) => u.id === unit.id)?.name ?? unit.id;
  const weekText = `${formatWeekNumber(week)} (${formatDay(week, locale)} – ${formatDay(addDaysIso(week, 6), locale)})`;

  return (
    <div className="page review">
      <div className="review-title">
        <h2 className="page-title">
          Weekly review <span className="page-title__unit">· {unitName}</span>
        </h2>
        <p className="review-title__week">{weekText}</p>
        <div className="review-controls no-print">
          <label className="field">
            <span>Week</span>
            <select
              value={week}
              onChange={(e) =>
                setParams((prev) => {
                  const next = new URLSearchParams(prev);
                  next.set('week', e.target.value);
                  return next;
                })
              }
            >
              {reviewWeeks(catalog.dataAsOf).map((w) => (
                <option key={w} value={w}>
                  {formatWeekNumber(w)} · {formatDay(w, locale)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
      </div>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}

      <section className="review-section" aria-labelledby="review-headlines">
        <h3 id="review-headlines" className="section-title">
          Headline numbers
        </h3>
        <WidgetErrorBoundary name="Headline numbers" resetKey={`${unit.id}-${week}`}>
          <ReviewHeadlines
            catalog={catalog}
            unitId={unit.id}
            week={week}
            headlines={headlines}
            from={from}
            locale={locale}
          />
        </WidgetErrorBoundary>
        <WidgetErrorBoundary name="What changed" resetKey={`${unit.id}-${week}`}>
          <WhatChanged
            catalog={catalog}
            unitId={unit.id}
            headlines={headlines}
            from={from}
            asOfWeek={week}
            embedded
          />
        </WidgetErrorBoundary>
      </section>

      <section className="review-section review-section--break" aria-labelledby="review-units">
        <h3 id="review-units" className="section-title">
          Units at a glance
        </h3>
        <WidgetErrorBoundary name="Units at a glance">
          <UnitsByMetricsTable
            catalog={catalog}
            week={week}
            headlines={headlines}
            locale={locale}
          />
        </WidgetErrorBoundary>
        <h3 className="section-title">Stage moves this quarter</h3>
        <WidgetErrorBoundary name="Stage moves">
          <StageMovesTable catalog={catalog} week={week} locale={locale} />
        </WidgetErrorBoundary>
      </section>

      <section className="review-section review-section--break" aria-labelledby="review-pillars">
        <h3 id="review-pillars" className="section-title">
          Pillar health
        </h3>
        <WidgetErrorBoundary name="Pillar health">
          <PillarHealthTable catalog={catalog} unitId={unit.id} week={week} locale={locale} />
        </WidgetErrorBoundary>
        <h3 className="section-title">What happened: initiatives, incidents, data notes</h3>
        <WidgetErrorBoundary name="Annotations">
          <AnnotationsList catalog={catalog} unitId={unit.id} week={week} locale={locale} />
        </WidgetErrorBoundary>
      </section>

      <PrintFooter
        text={`Weekly customer review · ${unitName} · ${weekText} · Data as of ${formatTimestamp(catalog.dataAsOf, locale)}`}
      />
    </div>
  );
}

export function ReviewPage() {
  const catalog = useCatalog();
  if (!catalog.data) return null;
  return <ReviewView catalog={catalog.data} />;
}
