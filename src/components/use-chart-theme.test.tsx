// The `auto` theme follows the operating system while the page is open: charts, stage chips and the
// document re-theme when the system switches between light and dark, without a reload.
import { act, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Chart } from '@/components/chart';
import { StageChip } from '@/components/stage-chip';
import { ConfigProvider } from '@/config/config-context';
import { configSchema } from '@/config/schema';
import { loadLocale } from '@/i18n/registry';
import { chartThemes, SYSTEM_DARK } from '@/lib/charts/chart-theme';
import { echarts, type ChartOption } from '@/lib/charts/echarts';
import { stageColour } from '@/lib/charts/palette';
import { useDocumentTheme } from '@/lib/charts/use-chart-theme';
import { useChartTheme } from './use-chart-theme';

/** A stand-in for the browser's media queries, whose dark mode a test can switch. */
function fakeSystem({ dark }: { dark: boolean }) {
  const listeners = new Set<() => void>();
  let isDark = dark;
  const matchMedia = (query: string) => ({
    media: query,
    get matches() {
      return query === SYSTEM_DARK && isDark;
    },
    addEventListener: (_type: 'change', listener: () => void) => {
      if (query === SYSTEM_DARK) listeners.add(listener);
    },
    removeEventListener: (_type: 'change', listener: () => void) => {
      listeners.delete(listener);
    },
  });
  vi.stubGlobal('matchMedia', matchMedia);
  return {
    listeners,
    switchTo(next: 'dark' | 'light') {
      isDark = next === 'dark';
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}

function withTheme(theme: string) {
  const config = {
    ...configSchema.parse({ apiBaseUrl: 'http://api.test', theme }),
    locale: 'en-GB',
  };
  return ({ children }: { children: ReactNode }) => (
    <ConfigProvider config={config}>{children}</ConfigProvider>
  );
}

/** A chart drawn in the theme's line colour, as every chart of the app takes its colours. */
function ThemedChart() {
  const theme = useChartTheme();
  const option: ChartOption = {
    animation: false,
    xAxis: { type: 'category', data: ['W1', 'W2'] },
    yAxis: { type: 'value' },
    series: [{ type: 'line', data: [1, 2], lineStyle: { color: theme.line } }],
  };
  return (
    <Chart
      title="Trend"
      description="A test trend."
      option={option}
      table={{ columns: ['Week', 'Value'], rows: [] }}
      height={200}
    />
  );
}

const lineColour = (box: HTMLElement) =>
  (echarts.getInstanceByDom(box)!.getOption() as { series: { lineStyle: { color: string } }[] })
    .series[0]!.lineStyle.color;

const stages = [
  { id: 'basic', name: 'Basic', order: 1, minScore: 0, description: '' },
  { id: 'advanced', name: 'Advanced', order: 2, minScore: 50, description: '' },
];

function DocumentTheme({ setting }: { setting: string }) {
  useDocumentTheme(setting);
  return null;
}

beforeAll(async () => {
  await loadLocale('en-GB');
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.theme;
});

describe('the auto theme', () => {
  it('redraws a chart in the dark colours when the system turns dark, and back', async () => {
    const system = fakeSystem({ dark: false });
    render(<ThemedChart />, { wrapper: withTheme('auto') });
    const box = screen.getByRole('img', { name: 'Trend. A test trend.' });
    await waitFor(() => expect(lineColour(box)).toBe(chartThemes.light.line));

    system.switchTo('dark');
    await waitFor(() => expect(lineColour(box)).toBe(chartThemes.dark.line));

    system.switchTo('light');
    await waitFor(() => expect(lineColour(box)).toBe(chartThemes.light.line));
  });

  it('recolours a stage chip with the system', () => {
    const system = fakeSystem({ dark: true });
    const { container } = render(<StageChip stageId="advanced" stages={stages} />, {
      wrapper: withTheme('auto'),
    });
    const swatch = container.querySelector<HTMLElement>('.stage-chip__swatch')!;
    const darkSwatch = swatch.style.background;
    system.switchTo('light');
    expect(swatch.style.background).not.toBe(darkSwatch);
    // The same colour as the stage's band in a light chart.
    const probe = document.createElement('span');
    probe.style.background = stageColour(1, 'light');
    expect(swatch.style.background).toBe(probe.style.background);
  });

  it('moves the document between the light and dark sheets', () => {
    const system = fakeSystem({ dark: false });
    render(<DocumentTheme setting="auto" />);
    expect(document.documentElement.dataset.theme).toBe('light');
    system.switchTo('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('stops listening to the system once nothing shows a theme', () => {
    const system = fakeSystem({ dark: false });
    const { unmount } = render(<DocumentTheme setting="auto" />);
    expect(system.listeners.size).toBeGreaterThan(0);
    unmount();
    expect(system.listeners.size).toBe(0);
  });
});

describe('a chosen theme', () => {
  it('keeps its colours whatever the system does', async () => {
    const system = fakeSystem({ dark: false });
    render(
      <>
        <ThemedChart />
        <DocumentTheme setting="high-contrast" />
      </>,
      { wrapper: withTheme('high-contrast') },
    );
    const box = screen.getByRole('img', { name: 'Trend. A test trend.' });
    await waitFor(() => expect(lineColour(box)).toBe(chartThemes['high-contrast'].line));
    system.switchTo('dark');
    expect(document.documentElement.dataset.theme).toBe('high-contrast');
    await waitFor(() => expect(lineColour(box)).toBe(chartThemes['high-contrast'].line));
  });
});
