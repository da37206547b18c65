// The app shell: header with organisation, navigation, unit and range pickers and data freshness.
import { NavLink, Outlet, useLocation } from 'react-router';
import { useCatalog } from '@/api/queries/catalog';
import { metricFamily, type Catalog } from '@/api/schemas';
import { ErrorState, LoadingState, StaleNotice } from '@/components/query-state';
import { DisplaySettingsControl } from '@/components/display-settings';
import { RangePicker } from '@/components/range-picker';
import { RefreshControl } from '@/components/refresh-control';
import { UnitSelector } from '@/components/unit-selector';
import { useConfig } from '@/config/config-context';
import { localeIds } from '@/i18n/registry';
import { useI18n } from '@/i18n/use-i18n';
import { formatAge, formatTimestamp } from '@/lib/dates';
import { familyNames } from '@/lib/families';
import { isThemeSetting } from '@/lib/theme-choice';
import { useViewState } from '@/lib/url-state';

function Navigation({ search }: { search: string }) {
  const links = [
    { to: '/', label: 'Overview', end: true },
    { to: '/stages', label: 'Stages' },
    { to: '/pillars', label: 'Pillars' },
    ...metricFamily.options.map((f) => ({ to: `/metrics/${f}`, label: familyNames[f] })),
    { to: '/review', label: 'Weekly review' },
  ];
  return (
    <nav className="main-nav" aria-label="Views">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={{ pathname: l.to, search }} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ViewControls({ catalog }: { catalog: Catalog }) {
  const { locale, t, definition } = useI18n();
  const { theme } = useConfig();
  const { pathname, search } = useLocation();
  const view = useViewState(catalog);
  const requestedLocale = new URLSearchParams(search).get('locale');
  const requestedTheme = new URLSearchParams(search).get('theme');
  const themeLabels = {
    light: t('settings.themeLight'),
    dark: t('settings.themeDark'),
    'high-contrast': t('settings.themeHighContrast'),
    auto: t('settings.themeAuto'),
  };
  const unitName = catalog.units.find((u) => u.id === view.unit.id)?.name;
  // The overview's headline window is fixed (latest week, a year back); the range applies elsewhere.
  const showRange = pathname !== '/' && pathname !== '/review';
  return (
    <>
      <div className="app-header__controls">
        <UnitSelector units={catalog.units} value={view.unit.id} onChange={view.setUnit} />
        {showRange && (
          <RangePicker
            key={`${view.range.kind}-${view.range.from}`}
            value={view.range}
            dataAsOf={catalog.dataAsOf}
            onChange={view.setRange}
          />
        )}
        <p className="data-as-of">
          <span className="data-as-of__label">Data as of</span>{' '}
          <time dateTime={catalog.dataAsOf}>{formatTimestamp(catalog.dataAsOf, locale)}</time>
          <span className="data-as-of__age"> ({formatAge(catalog.dataAsOf, locale)})</span>
        </p>
        <RefreshControl locale={locale} />
        <DisplaySettingsControl />
      </div>
      <Navigation search={search} />
      {view.unit.rejected && (
        <p className="notice" role="status">
          The link asked for a business unit “{view.unit.rejected}” that does not exist; showing{' '}
          {unitName} instead.
        </p>
      )}
      {showRange && view.range.notice && (
        <p className="notice" role="status">
          {view.range.notice}
        </p>
      )}
      {requestedLocale && !localeIds.includes(requestedLocale) && (
        <p className="notice" role="status">
          {t('settings.localeInvalid', {
            value: requestedLocale,
            fallback: definition.name,
          })}
        </p>
      )}
      {requestedTheme && !isThemeSetting(requestedTheme) && (
        <p className="notice" role="status">
          {t('settings.themeInvalid', { value: requestedTheme, fallback: themeLabels[theme] })}
        </p>
      )}
    </>
  );
}

export function Layout() {
  const { locale } = useConfig();
  const catalog = useCatalog();

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
        {!catalog.data && <DisplaySettingsControl />}
        {catalog.data && <ViewControls catalog={catalog.data} />}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
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
