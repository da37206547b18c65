// The full-page message for a configuration (or start-up) failure: never a blank page. It shows
// before the configuration (and so its locale) is known: the address or the browser choose one.
import { useEffect, useState } from 'react';
import type { ConfigProblem } from '@/config/load-config';
import {
  loadedLocale,
  loadLocale,
  resolveLocale,
  sourceLocaleId,
  translatorFor,
  type AppLocale,
} from '@/i18n/registry';

function pageLocale(): string {
  return resolveLocale({
    fromUrl: new URLSearchParams(location.search).get('locale'),
    fromBrowser: navigator.languages,
  }).id;
}

export function ConfigErrorPage({ problem }: { problem: ConfigProblem }) {
  const [locale, setLocale] = useState<AppLocale | undefined>(
    () => loadedLocale(pageLocale()) ?? loadedLocale(sourceLocaleId),
  );
  useEffect(() => {
    let live = true;
    loadLocale(pageLocale())
      .catch(() => loadLocale(sourceLocaleId))
      .then(
        (l) => {
          if (live) setLocale(l);
        },
        () => undefined, // stays as it is
      );
    return () => {
      live = false;
    };
  }, []);
  // No catalog has loaded when the configuration itself failed: the page's words are a moment away.
  if (!locale) return null;
  const t = translatorFor(locale);
  // The problem itself comes from the configuration check and stays as written there.
  return (
    <main
      className="config-error"
      role="alert"
      aria-labelledby="config-error-title"
      lang={locale.id}
    >
      <h1 id="config-error-title">{t('app.configError.title')}</h1>
      <dl>
        <dt>{t('app.configError.file')}</dt>
        <dd>
          <code>{problem.file}</code>
        </dd>
        {problem.key && (
          <>
            <dt>{t('app.configError.key')}</dt>
            <dd>
              <code>{problem.key}</code>
            </dd>
          </>
        )}
        <dt>{t('app.configError.problem')}</dt>
        <dd>{problem.problem}</dd>
      </dl>
      <p>{t('app.configError.help')}</p>
      <button type="button" className="button" onClick={() => location.reload()}>
        {t('app.configError.reload')}
      </button>
    </main>
  );
}
