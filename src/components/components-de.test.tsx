// The shared components in German: labels, buttons and notices come from the de-DE catalog, with
// German dates and times, and none of the English remains.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadLocale } from '@/i18n/registry';
import { catalogFixture } from '@/test/fixtures';
import { renderInLocale } from '@/test/render-with-locale';
import { EmbedButton } from './embed-button';
import { WidgetErrorBoundary } from './error-boundary';
import { RangePicker } from './range-picker';
import { RefreshControl } from './refresh-control';
import { StageChip } from './stage-chip';
import { UnitSelector } from './unit-selector';

beforeAll(async () => {
  await loadLocale('de-DE');
});

describe('shared components in German', () => {
  it('picks a time range in German', async () => {
    renderInLocale(
      <RangePicker
        value={{ kind: '52w', from: '2025-11-24', to: '2026-11-20' }}
        dataAsOf="2026-11-20T06:00:00Z"
        onChange={() => {}}
      />,
      'de-DE',
    );
    const group = screen.getByRole('group', { name: 'Zeitraum' });
    expect(group).toHaveTextContent('13 Wochen26 Wochen52 WochenSeit JahresbeginnEigener');
    await userEvent.click(screen.getByRole('button', { name: 'Eigener' }));
    expect(screen.getByLabelText('Von')).toBeInTheDocument();
    expect(screen.getByLabelText('Bis')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anwenden' })).toBeInTheDocument();
    expect(screen.queryByText(/weeks|Year to date|Apply/)).toBeNull();
  });

  it('says when figures were updated, as a German time', () => {
    function Figures() {
      useQuery({
        queryKey: ['x'],
        queryFn: () => 1,
        initialData: 1,
        initialDataUpdatedAt: new Date(2026, 10, 20, 9, 40).getTime(),
        staleTime: Infinity,
      });
      return null;
    }
    renderInLocale(
      <QueryClientProvider client={new QueryClient()}>
        <Figures />
        <RefreshControl locale="de-DE" />
      </QueryClientProvider>,
      'de-DE',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Aktualisiert 09:40');
    expect(screen.getByRole('button', { name: 'Jetzt aktualisieren' })).toBeInTheDocument();
    expect(screen.queryByText(/Refresh now|Updated/)).toBeNull();
  });

  it('offers the embed snippet in German', async () => {
    renderInLocale(
      <EmbedButton path="/embed/what-changed" unitId="all" what="Was sich geändert hat" />,
      'de-DE',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Was sich geändert hat einbetten' }));
    expect(
      screen.getByRole('group', { name: 'Was sich geändert hat in eine andere Seite einbetten' }),
    ).toHaveTextContent('Fügen Sie dies in eine Intranetseite ein');
    expect(screen.getByRole('button', { name: 'Code kopieren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Schließen' })).toBeInTheDocument();
  });

  it('names stages, units and a failed widget in German', () => {
    function Broken(): never {
      throw new Error('kaputt');
    }
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderInLocale(
      <>
        <StageChip stageId={catalogFixture.stages[1]!.id} stages={catalogFixture.stages} />
        <StageChip stageId="mars" stages={catalogFixture.stages} />
        <UnitSelector units={catalogFixture.units} value="all" onChange={() => {}} />
        <WidgetErrorBoundary name="Loyalitätsindex">
          <Broken />
        </WidgetErrorBoundary>
      </>,
      'de-DE',
    );
    spy.mockRestore();
    expect(screen.getByText(`· 2 von ${catalogFixture.stages.length}`)).toBeInTheDocument();
    expect(screen.getByText('Unbekannte Stufe „mars“')).toBeInTheDocument();
    expect(screen.getByLabelText('Geschäftsbereich')).toBeInTheDocument();
    expect(screen.getByText('Anzeige fehlgeschlagen: Loyalitätsindex')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(screen.queryByText(/could not be shown|Unknown stage|Business unit/)).toBeNull();
  });
});
