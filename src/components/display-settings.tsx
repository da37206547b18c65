// The header's "Display" settings: theme and language, native selects so keyboard and screen readers
// work as everywhere else; each choice is remembered.
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDisplaySettings } from '@/config/display-settings';
import { localeIds, localeNames } from '@/i18n/registry';
import { useI18n } from '@/i18n/use-i18n';
import { isThemeSetting, THEME_SETTINGS, themeLabel } from '@/config/theme-choice';

export function DisplaySettingsControl() {
  const { t } = useI18n();
  const settings = useDisplaySettings();
  const [switching, setSwitching] = useState(false);
  const [, setSearch] = useSearchParams();
  if (!settings) return null;
  // A choice made here wins over the address from now on, also after a reload.
  const dropParam = (name: string) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete(name);
        return next;
      },
      { replace: true },
    );
  return (
    <fieldset className="display-settings">
      <legend className="visually-hidden">{t('settings.display')}</legend>
      <label className="display-settings__field">
        {t('settings.theme')}
        <select
          value={settings.theme}
          onChange={(e) => {
            if (!isThemeSetting(e.target.value)) return;
            settings.setTheme(e.target.value);
            dropParam('theme');
          }}
        >
          {THEME_SETTINGS.map((id) => (
            <option key={id} value={id}>
              {themeLabel(id, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="display-settings__field">
        {t('settings.language')}
        <select
          value={settings.locale}
          aria-busy={switching || undefined}
          onChange={(e) => {
            setSwitching(true);
            void settings
              .setLocale(e.target.value)
              .then(() => dropParam('locale'))
              .finally(() => setSwitching(false));
          }}
        >
          {localeIds.map((id) => (
            <option key={id} value={id} lang={id}>
              {localeNames[id] ?? id}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
