// The overview's widgets an intranet page can embed: one headline tile, and "What changed".
import type { Catalog, MetricFamily } from '@/api/schemas';
import { useI18n } from '@/i18n/use-i18n';
import { familyName } from '@/lib/format/domain-words';
import { headlineFrom, headlineMetrics } from '@/domain/headline';
import { HeadlineTile } from './components/headline-tile';
import { WhatChanged } from '@/components/what-changed';
import './overview.css';

export function HeadlineTileEmbed({
  catalog,
  unitId,
  family,
}: {
  catalog: Catalog;
  unitId: string;
  family: MetricFamily;
}) {
  const { t } = useI18n();
  const metric = catalog.metrics.find((m) => m.family === family && m.headline);
  if (!metric) {
    return <p role="alert">{t('overview.noHeadlineFor', { family: familyName(family, t) })}</p>;
  }
  return (
    <HeadlineTile
      metric={metric}
      unitId={unitId}
      from={headlineFrom(catalog.dataAsOf)}
      targets={catalog.targets}
      embedded
    />
  );
}

export function WhatChangedEmbed({ catalog, unitId }: { catalog: Catalog; unitId: string }) {
  const headlines = headlineMetrics(catalog.metrics);
  return (
    <WhatChanged
      catalog={catalog}
      unitId={unitId}
      headlines={headlines}
      from={headlineFrom(catalog.dataAsOf)}
      embedded
    />
  );
}
