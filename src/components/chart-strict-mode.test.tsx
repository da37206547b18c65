// The chart wrapper under <StrictMode>, as in development: its effects run, are cleaned up and run
// again, and what is left is one live chart, painted, and none once it is gone.
import { screen, waitFor } from '@testing-library/react';
import { echarts, type ChartOption } from '@/lib/charts/echarts';
import { liveChartCount } from '@/lib/charts/live-charts';
import { loadLocale } from '@/i18n/registry';
import { renderInLocale } from '@/test/render-with-locale';
import { Chart } from './chart';

const option: ChartOption = {
  animation: false,
  xAxis: { type: 'category', data: ['W1', 'W2'] },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data: [1, 2] }],
};

beforeAll(() => loadLocale('en-GB'));

describe('Chart under StrictMode', () => {
  it('leaves one live, painted chart after its effects ran twice, and none after unmount', async () => {
    const before = liveChartCount();
    const { unmount } = renderInLocale(
      <Chart
        title="Trend"
        description="A test trend."
        option={option}
        table={{ columns: ['Week', 'Value'], rows: [['W1', 1]] }}
        height={200}
      />,
      'en-GB',
      { reactStrictMode: true },
    );
    const box = screen.getByRole('img', { name: 'Trend. A test trend.' });
    await waitFor(() => expect(box).toHaveAttribute('data-chart-ready', 'true'));
    expect(liveChartCount()).toBe(before + 1);
    // The instance alive is the one in the box, with the option drawn into it.
    const chart = echarts.getInstanceByDom(box)!;
    expect(chart.isDisposed()).toBeFalsy();
    expect((chart.getOption() as { series: { data: number[] }[] }).series[0]!.data).toEqual([1, 2]);
    unmount();
    expect(liveChartCount()).toBe(before);
  });
});
