import { screen } from '@testing-library/react';
import { ContractError, HttpError, TimeoutError } from '@/api/errors';
import { loadLocale, translatorFor } from '@/i18n/registry';
import { renderInLocale as render } from '@/test/render-with-locale';
import {
  DataQualityNotice,
  describeError,
  ErrorState,
  LoadingState,
  staleSentence,
} from './query-state';

describe('staleSentence', () => {
  const now = new Date(2026, 10, 20, 10, 5).getTime();
  it('says how old the figures are and since when updates fail', () => {
    const error = new HttpError('GET /v1/metrics', 503, 'unavailable', 'maintenance');
    error.failingSince = new Date(2026, 10, 20, 9, 52).getTime();
    expect(staleSentence(new Date(2026, 10, 20, 9, 40).getTime(), error, 'en-GB', now)).toBe(
      'Figures from 09:40 — updates failing since 09:52, retrying.',
    );
  });
  it('names the day when the figures are not from today', () => {
    expect(
      staleSentence(new Date(2026, 10, 18, 9, 40).getTime(), new Error('x'), 'en-GB', now),
    ).toBe('Figures from 18 Nov, 09:40 — updates failing, retrying.');
  });
});

describe('describeError', () => {
  it('says that access expired or is not allowed', () => {
    expect(
      describeError(new HttpError('GET /v1/catalog', 401, 'unauthorized', 'token expired')),
    ).toMatch(/^Access expired or missing/);
    expect(describeError(new HttpError('GET /v1/catalog', 403, 'forbidden', 'no'))).toMatch(
      /^Access not allowed/,
    );
  });
  it('reports contract violations as such', () => {
    expect(
      describeError(
        new ContractError(
          'GET /v1/metrics',
          'series[0].points[3].value',
          'expected number, received string',
        ),
      ),
    ).toBe(
      'The API sent data that breaks the contract: GET /v1/metrics: series[0].points[3].value: expected number, received string',
    );
  });
});

describe('LoadingState', () => {
  it('says at once, after the first timed-out try, that the API is not answering and is retried', () => {
    render(<LoadingState what="Loyalty" failure={new TimeoutError('GET /v1/metrics', 3000)} />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Loading Loyalty… The API is not answering, retrying (GET /v1/metrics: no answer within 3 s).',
    );
  });
  it('names any other failure it retries after', () => {
    render(
      <LoadingState
        what="Loyalty"
        failure={new HttpError('GET /v1/metrics', 503, 'unavailable', 'maintenance')}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Retrying after a failure: GET /v1/metrics',
    );
    expect(screen.getByRole('status')).not.toHaveTextContent('not answering');
  });
});

describe('DataQualityNotice', () => {
  it('counts and lists the points left out, and is absent when there are none', () => {
    const { rerender } = render(
      <DataQualityNotice
        issues={[{ series: 'nps', period: '2026-11-09', problem: 'value 250 is outside −100…100' }]}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 point was left out');
    expect(screen.getByRole('status')).toHaveTextContent(
      'nps, 2026-11-09: value 250 is outside −100…100',
    );
    rerender(<DataQualityNotice issues={[]} />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('in German', () => {
  beforeAll(async () => {
    await loadLocale('de-DE');
  });
  const now = new Date(2026, 10, 20, 10, 5).getTime();

  it('words the stale marker with German dates and times', () => {
    const error = new HttpError('GET /v1/metrics', 503, 'unavailable', 'maintenance');
    error.failingSince = new Date(2026, 10, 20, 9, 52).getTime();
    expect(staleSentence(new Date(2026, 10, 18, 9, 40).getTime(), error, 'de-DE', now)).toBe(
      'Zahlen von 18. Nov., 09:40 – Aktualisierung schlägt seit 09:52 fehl, neuer Versuch läuft.',
    );
  });

  it('describes access errors in German', async () => {
    const t = translatorFor(await loadLocale('de-DE'));
    expect(describeError(new HttpError('GET /v1/catalog', 403, 'forbidden', 'no'), t)).toMatch(
      /^Zugriff nicht erlaubt/,
    );
  });

  it('says that the API is not answering in German', () => {
    render(
      <LoadingState what="Katalog" failure={new TimeoutError('GET /v1/catalog', 15000)} />,
      'de-DE',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Wird geladen: Katalog … Die API antwortet nicht, neuer Versuch läuft (GET /v1/catalog: no answer within 15 s).',
    );
  });

  it('shows loading, error and data-quality states in German', () => {
    const { unmount } = render(
      <>
        <LoadingState what="Katalog" />
        <ErrorState what="Loyalitätsindex" error={new Error('kaputt')} onRetry={() => {}} />
        <DataQualityNotice
          issues={[
            { series: 'nps', period: '2026-11-09', problem: 'x' },
            { series: 'nps', period: '2026-11-16', problem: 'y' },
          ]}
        />
      </>,
      'de-DE',
    );
    expect(screen.getByText('Wird geladen: Katalog …')).toBeInTheDocument();
    expect(screen.getByText('Laden fehlgeschlagen: Loyalitätsindex')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(screen.getByText(/2 Werte wurden ausgelassen/)).toBeInTheDocument();
    expect(screen.queryByText(/left out|could not be loaded|Loading/)).not.toBeInTheDocument();
    unmount();
  });
});
