// The chart wrapper on its own: one ECharts instance, updated in place, disposed on unmount,
// with an accessible name and a table of the same numbers.
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadLocale } from '@/i18n/registry';
import { echarts, type ChartOption } from '@/lib/charts/echarts';
import { renderInLocale as render } from '@/test/render-with-locale';
import { Chart } from './chart';

const option = (values: number[]): ChartOption => ({
  animation: false,
  xAxis: { type: 'category', data: values.map((_, i) => `W${i + 1}`) },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data: values }],
});

const table = {
  columns: ['Week', 'Value'],
  rows: [
    ['W1', 1],
    ['W2', 2],
  ],
};

describe('Chart', () => {
  it('renders into one instance, updates it in place and disposes it on unmount', async () => {
    const { rerender, unmount } = render(
      <Chart
        title="Trend"
        description="A test trend."
        option={option([1, 2])}
        table={table}
        height={200}
      />,
    );
    const box = screen.getByRole('img', { name: 'Trend. A test trend.' });
    const chart = echarts.getInstanceByDom(box);
    expect(chart).toBeDefined();
    await waitFor(() => expect(box).toHaveAttribute('data-chart-ready', 'true'));

    rerender(
      <Chart
        title="Trend"
        description="A test trend."
        option={option([3, 4, 5])}
        table={table}
        height={200}
      />,
    );
    expect(echarts.getInstanceByDom(box)).toBe(chart);
    // Paints run in time slices, so the new option may land a task later: in the same instance.
    await waitFor(() =>
      expect((chart!.getOption() as { xAxis: { data: string[] }[] }).xAxis[0]!.data).toEqual([
        'W1',
        'W2',
        'W3',
      ]),
    );
    expect(echarts.getInstanceByDom(box)).toBe(chart);

    unmount();
    expect(chart!.isDisposed()).toBe(true);
  });

  it('shows the same numbers as a table on request, and the chart again', async () => {
    render(
      <Chart
        title="Trend"
        description="A test trend."
        option={option([1, 2])}
        table={table}
        height={200}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('table', { name: 'Trend' })).toHaveTextContent('W1');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show as chart' }));
    expect(screen.getByRole('img', { name: /Trend/ })).toBeInTheDocument();
  });

  it('offers its controls in German', async () => {
    await loadLocale('de-DE');
    render(
      <Chart
        title="Verlauf"
        description="Ein Testverlauf."
        option={option([1, 2])}
        table={table}
        height={200}
      />,
      'de-DE',
    );
    expect(
      screen.getByRole('button', { name: 'Verlauf als CSV herunterladen' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Verlauf als PNG herunterladen' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show as table' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Als Tabelle' }));
    expect(screen.getByRole('region', { name: 'Verlauf, Tabelle' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als Diagramm' })).toBeInTheDocument();
  });
});
