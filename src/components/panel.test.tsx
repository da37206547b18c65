// The box around a widget: every state a query can be in reads the same wherever it is shown.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpError } from '@/api/errors';
import { renderInLocale as render } from '@/test/render-with-locale';
import { allSettled, Panel, type PanelState } from './panel';

interface Data {
  value: number;
  issues?: { series: string; period: string; problem: string }[];
}

const state = (over: Partial<PanelState<Data>>): PanelState<Data> => ({
  data: undefined,
  isPending: false,
  isError: false,
  error: null,
  ...over,
});

const show = (s: PanelState<Data>, extra: { name?: string; notices?: 'above' | 'below' } = {}) =>
  render(
    <Panel
      state={s}
      what="Loyalty"
      errorWhat="The loyalty figures"
      dataQuality={(d) => d.issues}
      {...extra}
    >
      {(d) => <p>Value {d.value}</p>}
    </Panel>,
  );

const failure = new HttpError('GET /v1/metrics', 503, 'unavailable', 'maintenance');

describe('Panel', () => {
  it('says what is loading, and what failed while it retries', () => {
    show(state({ isPending: true, failureReason: failure }));
    expect(screen.getByRole('status')).toHaveTextContent('Loading Loyalty…');
    expect(screen.getByRole('status')).toHaveTextContent('GET /v1/metrics');
    expect(screen.queryByText(/Value/)).not.toBeInTheDocument();
  });

  it('shows the error with a retry when there is nothing to show', async () => {
    const refetch = vi.fn();
    show(state({ isError: true, error: failure, refetch }));
    expect(screen.getByRole('alert')).toHaveTextContent('The loyalty figures could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('keeps figures a refresh failed to replace, marked stale, with the points left out', () => {
    show(
      state({
        data: {
          value: 41,
          issues: [{ series: 'loyalty-index', period: '2026-11-09', problem: 'value 250' }],
        },
        isError: true,
        error: failure,
        dataUpdatedAt: Date.now(),
      }),
    );
    expect(screen.getByText('Value 41')).toBeInTheDocument();
    const notices = screen.getAllByRole('status');
    expect(notices[0]).toHaveAttribute('data-stale', 'true');
    expect(notices[1]).toHaveTextContent('1');
  });

  it('puts its notices above the figures on a page and below them in a tile', () => {
    const stale = state({ data: { value: 1 }, isError: true, error: failure, dataUpdatedAt: 1 });
    const { unmount } = show(stale);
    const value = screen.getByText('Value 1');
    const notice = screen.getByRole('status');
    expect(notice.compareDocumentPosition(value) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    unmount();
    show(stale, { notices: 'below' });
    expect(
      screen.getByRole('status').compareDocumentPosition(screen.getByText('Value 1')) &
        Node.DOCUMENT_POSITION_PRECEDING,
    ).toBeTruthy();
  });

  it('keeps a widget that fails to render inside its own box', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = (): never => {
      throw new Error('no such pillar');
    };
    render(
      <>
        <Panel state={state({ data: { value: 1 } })} what="Loyalty" name="Loyalty index">
          {() => <Broken />}
        </Panel>
        <p>The rest of the page</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Loyalty index could not be shown');
    expect(screen.getByText('The rest of the page')).toBeInTheDocument();
  });
});

describe('allSettled', () => {
  it('waits for every unit, then gives every answer there is', () => {
    expect(
      allSettled([
        { data: 1, isPending: false },
        { data: undefined, isPending: true },
      ]).isPending,
    ).toBe(true);
    expect(
      allSettled([
        { data: 1, isPending: false },
        { data: undefined, isPending: false },
      ]),
    ).toMatchObject({ isPending: false, isError: false, data: [1, undefined] });
  });
});
