// Vitest setup: DOM matchers and cleanup between component tests.
import '@testing-library/jest-dom/vitest';
// jsdom has no canvas; ECharts' canvas renderer draws into this stand-in (pixels are checked in e2e).
import 'vitest-canvas-mock';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLocale, sourceLocaleId } from '@/i18n/registry';

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

// The app loads only the reader's catalog before its first render; tests word what they expect in
// the source locale (en-GB) and may use it from a module's top level, so every test file has it.
await loadLocale(sourceLocaleId);
