import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorFallback } from '@/components/errors/error-fallback';

type Props = { children: ReactNode };
type State = { error: unknown };

/** The last line of defence outside the router: no error may leave a blank screen. */
export class AppErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  render() {
    return this.state.error ? <ErrorFallback /> : this.props.children;
  }
}
