import { echarts } from '@/lib/charts/echarts';
import { disposeChart } from './echart-canvas';

type Painter = {
  _redrawId: number;
  _paintList: (list: unknown[], prev: unknown[], id: number) => void;
};

describe('disposeChart', () => {
  it('lets a paint that zrender left for the next frame find a disposed chart without throwing', () => {
    const el = document.createElement('div');
    Object.assign(el.style, { width: '400px', height: '300px' });
    document.body.append(el);
    const chart = echarts.init(el, null, { renderer: 'canvas', width: 400, height: 300 });
    chart.setOption({
      xAxis: { type: 'category', data: ['a', 'b'] },
      yAxis: { type: 'value' },
      series: [{ type: 'line', data: [1, 2] }],
    });
    const painter = (chart.getZr() as unknown as { painter: Painter }).painter;
    const frame = painter._redrawId;
    // What zrender's requestAnimationFrame callback does when a progressive paint had not finished.
    const pendingFrame = () => painter._paintList([], [], frame);

    disposeChart(chart);

    expect(chart.isDisposed()).toBe(true);
    expect(pendingFrame).not.toThrow();
    el.remove();
  });
});
