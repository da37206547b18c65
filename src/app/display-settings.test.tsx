import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { configSchema, type AppConfig } from '@/config/schema';
import { LOCALE_STORAGE_KEY } from '@/i18n/registry';
import { THEME_STORAGE_KEY } from '@/config/theme-choice';
import { DisplaySettingsControl } from '@/components/display-settings';

function renderControl(overrides: Partial<AppConfig> = {}) {
  const config: AppConfig = {
    ...configSchema.parse({ apiBaseUrl: 'http://api.test' }),
    locale: 'en-GB',
    ...overrides,
  };
  return render(
    <AppProvider config={config}>
      <MemoryRouter initialEntries={['/?theme=light']}>
        <DisplaySettingsControl />
      </MemoryRouter>
    </AppProvider>,
  );
}

describe('DisplaySettingsControl', () => {
  afterEach(() => localStorage.clear());

  it('applies and remembers a theme', async () => {
    renderControl();
    expect(document.documentElement.dataset.theme).toBe('light');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Theme/ }), 'dark');
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
  });

  it('loads a language before switching to it, and remembers it', async () => {
    renderControl();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Language/ }), 'de-DE');
    await waitFor(() => expect(document.documentElement.lang).toBe('de-DE'));
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('de-DE');
    expect(screen.getByRole('combobox', { name: /^Farbschema/ })).toBeInTheDocument();
  });
});
