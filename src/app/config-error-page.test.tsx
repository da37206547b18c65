// The configuration error page: it shows before the configuration, so it finds its language in
// the address or the browser.
import { screen } from '@testing-library/react';
import { loadLocale } from '@/i18n/registry';
import { renderInLocale } from '@/test/render-with-locale';
import { ConfigErrorPage } from './config-error-page';

describe('ConfigErrorPage', () => {
  beforeAll(async () => {
    await loadLocale('de-DE');
  });

  it('explains a configuration problem in the browser’s language', async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    renderInLocale(
      <ConfigErrorPage problem={{ file: '/config.json', key: 'apiBaseUrl', problem: 'missing' }} />,
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Das Dashboard kann nicht starten: Die Konfiguration muss geprüft werden',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Schlüssel')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Neu laden' })).toBeInTheDocument();
    expect(screen.queryByText(/cannot start|Reload/)).toBeNull();
    languages.mockRestore();
  });
});
