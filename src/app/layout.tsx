// The app shell: header with organisation, navigation, unit and range pickers and data freshness.
import { Outlet, useLocation } from 'react-router';
import { NavLink } from '@/components/links';
import { useCatalog } from '@/api/queries/catalog';
import { metricFamily, type Catalog } from '@/api/schemas';
import { Panel } from '@/components/panel';
import { DisplaySettingsControl } from '@/components/display-settings';
import { RangePicker } from '@/components/range-picker';
import { RefreshControl } from '@/components/refresh-control';
import { UnitSelector } from '@/components/unit-selector';
import { localeIds } from '@/i18n/registry';
import { useConfig } from '@/config/config-context';
import { useI18n } from '@/i18n/use-i18n';
import { formatAge, formatTimestamp } from '@/lib/format/dates';
import { familyName } from '@/lib/format/domain-words';
import { isThemeSetting, themeLabel } from '@/config/theme-choice';
import { useFreshness } from '@/components/use-freshness';
import { overdueSentence } from '@/lib/format/domain-words';
import { useViewState } from '@/lib/url-state';
import { useLoadWhenQuiet } from '@/lib/query/use-load-when-quiet';
import { preloadViews } from './lazy';

function Navigation({ search }: { search: string }) {
  const { t } = useI18n();
  const links = [
    { to: '/', label: t('app.nav.overview'), end: true },
    { to: '/stages', label: t('app.nav.stages') },
    { to: '/pillars', label: t('app.nav.pillars') },
    ...metricFamily.options.map((f) => ({ to: `/metrics/${f}`, label: familyName(f, t) })),
    { to: '/review', label: t('app.nav.review') },
  ];
  return (
    <nav className="main-nav" aria-label={t('app.nav.label')}>
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
  const unitName = catalog.units.find((u) => u.id === view.unit.id)?.name;
  const freshness = useFreshness(catalog.dataAsOf);
  // The overview's headline window is fixed (latest week, a year back), and so is the stages view's
  // (the last three years of quarterly assessments); the range applies elsewhere.
  const showRange = pathname !== '/' && pathname !== '/review' && pathname !== '/stages';
  return (
    <>
      <div className="app-header__controls">
        <div className="app-header__view">
          <UnitSelector units={catalog.units} value={view.unit.id} onChange={view.setUnit} />
          {showRange && (
            <RangePicker
              key={`${view.range.kind}-${view.range.from}`}
              value={view.range}
              dataAsOf={catalog.dataAsOf}
              onChange={view.setRange}
            />
          )}
        </div>
        <div className="app-header__status">
          <div className="app-header__freshness">
            <p className="data-as-of">
              <span className="data-as-of__label">{t('app.dataAsOf')}</span>{' '}
              <time dateTime={catalog.dataAsOf}>{formatTimestamp(catalog.dataAsOf, locale)}</time>
              <span className="data-as-of__age"> ({formatAge(catalog.dataAsOf, locale)})</span>
            </p>
            {freshness?.overdue && (
              <p className="data-overdue" role="status">
                <span aria-hidden="true">⚠ </span>
                {overdueSentence(freshness, locale, t)}
              </p>
            )}
            <RefreshControl locale={locale} />
          </div>
          <DisplaySettingsControl />
        </div>
      </div>
      <Navigation search={search} />
      {view.unit.rejected && (
        <p className="notice" role="status">
          {t('app.unitRejected', { value: view.unit.rejected, fallback: unitName ?? view.unit.id })}
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
          {t('settings.themeInvalid', { value: requestedTheme, fallback: themeLabel(theme, t) })}
        </p>
      )}
    </>
  );
}

export function Layout() {
  const { t } = useI18n();
  const catalog = useCatalog();
  useLoadWhenQuiet(preloadViews);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="app-header">
        <div className="app-header__title">
          <p className="app-header__org">
            {catalog.data?.organisation.name ?? t('app.orgFallback')}
          </p>
          <h1 className="app-header__product">{t('app.product')}</h1>
        </div>
        {!catalog.data && <DisplaySettingsControl />}
        {catalog.data && <ViewControls catalog={catalog.data} />}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Panel state={catalog} what={t('app.catalogLoading')} errorWhat={t('app.catalogError')}>
          {() => <Outlet />}
        </Panel>
      </main>
    </div>
  );
}
