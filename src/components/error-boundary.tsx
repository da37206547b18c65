// Keeps a rendering failure inside one widget: the rest of the screen goes on working.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the widget shows, for the message: "Loyalty index". */
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
        <div className="widget-state widget-state--error" role="alert">
          <p className="widget-state__title">{this.props.name} could not be shown</p>
          <p className="widget-state__detail">{this.state.error.message}</p>
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
