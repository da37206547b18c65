// Counts the chart instances alive now, so a long-running display can be checked for leaks
// (`window.__cxLiveCharts()`); kept apart from the chart code so reading it loads no charting library.
const live = new Set<object>();

export function trackChart(chart: object): () => void {
  live.add(chart);
  return () => live.delete(chart);
}

export function liveChartCount(): number {
  return live.size;
}

declare global {
  interface Window {
    /** The number of chart instances alive: for soak tests and benchmarks. */
    __cxLiveCharts?: () => number;
  }
}

export function exposeLiveChartCount(): void {
  window.__cxLiveCharts = liveChartCount;
}
