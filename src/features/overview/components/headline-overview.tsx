// The four headline tiles, one per metric family, chosen from the catalog (never hard-coded ids).
import { useMemo } from 'react';
import type { Catalog } from '@/api/schemas';
import { metricFamily } from '@/api/schemas';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { headlineFrom } from '@/lib/headline';
import { HeadlineTile } from './headline-tile';
import { WhatChanged } from '@/components/what-changed';

export function HeadlineOverview({ catalog, unitId }: { catalog: Catalog; unitId: string }) {
  const headlines = useMemo(
    () =>
      metricFamily.options.flatMap((family) =>
        catalog.metrics.filter((m) => m.family === family && m.headline),
      ),
    [catalog.metrics],
  );
  const from = headlineFrom(catalog.dataAsOf);

  return (
    <>
      <section className="headline-overview" aria-labelledby="headline-heading">
        <h2 id="headline-heading" className="section-title">
          Headline metrics
        </h2>
        <div className="tile-grid">
          {headlines.map((metric) => (
            <WidgetErrorBoundary key={metric.id} name={metric.name} resetKey={unitId}>
              <HeadlineTile metric={metric} unitId={unitId} from={from} targets={catalog.targets} />
            </WidgetErrorBoundary>
          ))}
          {headlines.length === 0 && (
            <p className="widget-state widget-state--empty">
              The catalog names no headline metrics.
            </p>
          )}
        </div>
      </section>
      <WidgetErrorBoundary name="What changed" resetKey={unitId}>
        <WhatChanged catalog={catalog} unitId={unitId} headlines={headlines} from={from} />
      </WidgetErrorBoundary>
    </>
  );
}
