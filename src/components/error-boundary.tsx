// Keeps a rendering failure inside one widget: the rest of the screen goes on working.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '@/i18n/use-i18n';

/** The failed widget's message, in the locale (a class component has no hooks). */
function WidgetFailure({
  name,
  message,
  onRetry,
}: {
  name: string;
  message: string;
  onRetry: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="widget-state widget-state--error" role="alert">
      <p className="widget-state__title">{t('components.state.couldNotShow', { name })}</p>
      <p className="widget-state__detail">{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('components.state.tryAgain')}
      </button>
    </div>
  );
}

interface Props {
  /** What the widget shows, for the message, in the locale: "Loyalty index". */
  name: string;
  children: ReactNode;
  /** When this changes (another unit, say), a failed widget tries again. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class WidgetErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Widget "${this.props.name}" failed to render`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <WidgetFailure
          name={this.props.name}
          message={this.state.error.message}
          onRetry={() => this.setState({ error: null })}
        />
      );
    }
    return this.props.children;
  }
}
