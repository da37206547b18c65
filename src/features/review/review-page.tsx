// The weekly review: everything the executive team needs for ten minutes on customer health, for a
// chosen week, on screen and as a printable pack (A4 or US Letter, landscape).
import { useSearchParams } from 'react-router';
import { useCatalog } from '@/api/queries/catalog';
import type { Catalog } from '@/api/schemas';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { WhatChanged } from '@/components/what-changed';
import { useI18n } from '@/i18n/use-i18n';
import { formatDay, formatTimestamp, formatWeek, formatWeekNumber } from '@/lib/format/dates';
import { addDaysIso } from '@/domain/periods';
import { headlineFrom, headlineMetrics } from '@/domain/headline';
import { useUnitParam } from '@/lib/url-state';
import { ReviewHeadlines } from './components/review-headlines';
import {
  AnnotationsList,
  PillarHealthTable,
  StageMovesTable,
  UnitsByMetricsTable,
} from './components/review-tables';
import { resolveReviewWeek, reviewWeeks } from './review-week';
import './review.css';

/** A CSS string literal: quotes and backslashes escaped, line breaks dropped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * A CSS `content` value from a message with `{page}` and `{pages}` placeholders: the words as
 * strings, the placeholders as page counters, e.g. `"Seite " counter(page) " von " counter(pages)`.
 */
function cssPageContent(message: string): string {
  return message
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

/**
 * The printed pack's footer, in the page margin of every page (CSS page-margin boxes), so it never
 * overlaps the content: the week, the unit, the data's date and the page number. Generated here
 * rather than written in review.css, so its words come from the locale's catalog.
 */
function PrintFooter({ text, pageMessage }: { text: string; pageMessage: string }) {
  const css = `@media print { @page { @bottom-left { content: ${cssString(text)}; font: 8pt system-ui, sans-serif; color: #4a5568; } @bottom-right { content: ${cssPageContent(pageMessage)}; font: 8pt system-ui, sans-serif; color: #4a5568; } } }`;
  return <style data-print-footer="">{css}</style>;
}

function ReviewView({ catalog }: { catalog: Catalog }) {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const unit = useUnitParam(catalog);
  const { week, notice } = resolveReviewWeek(params.get('week'), catalog.dataAsOf, t);
  const headlines = headlineMetrics(catalog.metrics);
  const from = headlineFrom(catalog.dataAsOf);
  const unitName = catalog.units.find((u) => u.id === unit.id)?.name ?? unit.id;
  const weekText = t('review.weekRange', {
    week: formatWeekNumber(week, locale),
    from: formatDay(week, locale),
    to: formatDay(addDaysIso(week, 6), locale),
  });

  return (
    <div className="page review">
      <div className="review-title">
        <h2 className="page-title">
          {t('review.title')} <span className="page-title__unit">· {unitName}</span>
        </h2>
        <p className="review-title__week">{weekText}</p>
        <div className="review-controls no-print">
          <label className="field">
            <span>{t('review.week')}</span>
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
                  {formatWeek(w, locale)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('review.print')}
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
          {t('review.sections.headlines')}
        </h3>
        <WidgetErrorBoundary name={t('review.sections.headlines')} resetKey={`${unit.id}-${week}`}>
          <ReviewHeadlines
            catalog={catalog}
            unitId={unit.id}
            week={week}
            headlines={headlines}
            from={from}
          />
        </WidgetErrorBoundary>
        <WidgetErrorBoundary
          name={t('review.sections.whatChanged')}
          resetKey={`${unit.id}-${week}`}
        >
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
          {t('review.sections.units')}
        </h3>
        <WidgetErrorBoundary name={t('review.sections.units')}>
          <UnitsByMetricsTable catalog={catalog} week={week} headlines={headlines} />
        </WidgetErrorBoundary>
        <h3 className="section-title">{t('review.sections.stageMoves')}</h3>
        <WidgetErrorBoundary name={t('review.sections.stageMovesShort')}>
          <StageMovesTable catalog={catalog} week={week} />
        </WidgetErrorBoundary>
      </section>

      <section className="review-section review-section--break" aria-labelledby="review-pillars">
        <h3 id="review-pillars" className="section-title">
          {t('review.sections.pillars')}
        </h3>
        <WidgetErrorBoundary name={t('review.sections.pillars')}>
          <PillarHealthTable catalog={catalog} unitId={unit.id} week={week} />
        </WidgetErrorBoundary>
        <h3 className="section-title">{t('review.sections.annotations')}</h3>
        <WidgetErrorBoundary name={t('review.sections.annotationsShort')}>
          <AnnotationsList catalog={catalog} unitId={unit.id} week={week} />
        </WidgetErrorBoundary>
      </section>

      <PrintFooter
        text={t('review.printFooter.text', {
          unit: unitName,
          week: weekText,
          asOf: formatTimestamp(catalog.dataAsOf, locale),
        })}
        pageMessage={t('review.printFooter.page')}
      />
    </div>
  );
}

export function ReviewPage() {
  const catalog = useCatalog();
  if (!catalog.data) return null;
  return <ReviewView catalog={catalog.data} />;
}
