// The app shell: header with organisation, unit selector and data freshness; the routes below it.
import { Outlet } from 'react-router';
import { useCatalog } from '@/api/queries/catalog';
import { ErrorState, LoadingState, StaleNotice } from '@/components/query-state';
import { UnitSelector } from '@/components/unit-selector';
import { useConfig } from '@/config/config-context';
import { formatAge, formatTimestamp } from '@/lib/dates';
import { useUnitParam } from '@/lib/url-state';

export function Layout() {
  const { locale } = useConfig();
  const catalog = useCatalog();
  const unit = useUnitParam(catalog.data);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__title">
          <p className="app-header__org">
            {catalog.data?.organisation.name ?? 'Customer experience'}
          </p>
          <h1 className="app-header__product">Customer experience dashboard</h1>
        </div>
        {catalog.data && (
          <>
            <UnitSelector units={catalog.data.units} value={unit.id} onChange={unit.set} />
            <p className="data-as-of">
              <span className="data-as-of__label">Data as of</span>{' '}
              <time dateTime={catalog.data.dataAsOf}>
                {formatTimestamp(catalog.data.dataAsOf, locale)}
              </time>
              <span className="data-as-of__age"> ({formatAge(catalog.data.dataAsOf)})</span>
            </p>
          </>
        )}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {unit.rejected && (
          <p className="notice" role="status">
            The link asked for a business unit “{unit.rejected}” that does not exist; showing{' '}
            {catalog.data?.units.find((u) => u.id === unit.id)?.name} instead.
          </p>
        )}
        {catalog.isError && catalog.data && (
          <StaleNotice updatedAt={catalog.dataUpdatedAt} error={catalog.error} locale={locale} />
        )}
        {catalog.isPending ? (
          <LoadingState what="the catalog of units and metrics" failure={catalog.failureReason} />
        ) : catalog.isError && !catalog.data ? (
          <ErrorState
            what="The catalog of units and metrics"
            error={catalog.error}
            onRetry={() => void catalog.refetch()}
          />
        ) : (
          <Outlet />
        )}
      </main>
    </div>
  );
}
