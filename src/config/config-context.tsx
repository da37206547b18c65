// Makes the validated runtime configuration available to every component, and puts its locale in
// force for the words.
import { createContext, useContext, type ReactNode } from 'react';
import { LocaleProvider } from '@/i18n/use-i18n';
import type { AppConfig } from './schema';

const ConfigContext = createContext<AppConfig | null>(null);

export function ConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  return (
    <ConfigContext.Provider value={config}>
      <LocaleProvider locale={config.locale}>{children}</LocaleProvider>
    </ConfigContext.Provider>
  );
}

export function useConfig(): AppConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig needs a ConfigProvider');
  return config;
}
