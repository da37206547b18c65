// Renders a component on its own in a locale (its catalog must be loaded: `await loadLocale(id)`).
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { ConfigProvider } from '@/config/config-context';
import { configSchema } from '@/config/schema';

export function renderInLocale(
  ui: ReactElement,
  locale = 'en-GB',
  options: Omit<RenderOptions, 'wrapper'> = {},
) {
  const config = { ...configSchema.parse({ apiBaseUrl: 'http://api.test' }), locale };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ConfigProvider config={config}>{children}</ConfigProvider>
  );
  return render(ui, { ...options, wrapper });
}
