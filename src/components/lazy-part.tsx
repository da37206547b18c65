// A part of the screen whose code loads on demand: a loading state (never blank) while it arrives.
import { Suspense, type ReactNode } from 'react';
import { LoadingState } from '@/components/query-state';
import type { T } from '@/i18n/registry';
import { useI18n } from '@/i18n/use-i18n';

/**
 * A lazily loaded part, with a loading state (never blank) while its code arrives. `what` names it
 * in the locale: a string already translated, or a function of the translator.
 */
export function Lazy({
  children,
  what,
}: {
  children: ReactNode;
  what?: string | ((t: T) => string);
}) {
  const { t } = useI18n();
  const name = typeof what === 'function' ? what(t) : (what ?? t('app.lazy.view'));
  return <Suspense fallback={<LoadingState what={name} />}>{children}</Suspense>;
}
