// Vitest setup: DOM matchers and cleanup between component tests.
import '@testing-library/jest-dom/vitest';
// jsdom has no canvas; ECharts' canvas renderer draws into this stand-in (pixels are checked in e2e).
import 'vitest-canvas-mock';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// jsdom has no ResizeObserver; the chart wrapper only needs it to exist.
class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
