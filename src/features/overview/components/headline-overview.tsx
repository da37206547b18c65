// The four headline tiles, one per metric family, chosen from the catalog (never hard-coded ids).
import { lazy, useMemo } from 'react';
import type { Catalog } from '@/api/schemas';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { useI18n } from '@/i18n/use-i18n';
import { headlineFrom, headlineMetrics } from '@/domain/headline';
import { HeadlineTile } from './headline-tile';
import { Lazy } from '@/components/lazy-part';

// Below the tiles and waiting for every unit's stages and pillars: its code need not delay the tiles.
const WhatChanged = lazy(() =>
  import('@/components/what-changed').then((m) => ({ default: m.WhatChanged })),
);

export function HeadlineOverview({ catalog, unitId }: { catalog: Catalog; unitId: string }) {
  const { t } = useI18n();
  const headlines = useMemo(() => headlineMetrics(catalog.metrics), [catalog.metrics]);
  const from = headlineFrom(catalog.dataAsOf);

  return (
    <>
      <section className="headline-overview" aria-labelledby="headline-heading">
        <h2 id="headline-heading" className="section-title">
          {t('overview.headlineTitle')}
        </h2>
        <div className="tile-grid">
          {headlines.map((metric) => (
            <WidgetErrorBoundary key={metric.id} name={metric.name} resetKey={unitId}>
              <HeadlineTile metric={metric} unitId={unitId} from={from} targets={catalog.targets} />
            </WidgetErrorBoundary>
          ))}
          {headlines.length === 0 && (
            <p className="widget-state widget-state--empty">{t('overview.noHeadlines')}</p>
          )}
        </div>
      </section>
      <WidgetErrorBoundary name={t('components.whatChanged.title')} resetKey={unitId}>
        <Lazy what={(t) => t('app.lazy.whatChanged')}>
          <WhatChanged catalog={catalog} unitId={unitId} headlines={headlines} from={from} />
        </Lazy>
      </WidgetErrorBoundary>
    </>
  );
}
