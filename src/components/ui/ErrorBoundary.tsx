import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from './Button.tsx';

interface Props {
  /** Which part of the app this guards, in words: "the Activity page". */
  what: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** Keeps one broken page from taking the rest of the app down. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Error in ${this.props.what}:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div
        role="alert"
        className="rounded-2xl bg-white p-6 ring-1 ring-red-300 dark:bg-slate-900 dark:ring-red-800"
      >
        <h2 className="text-lg font-semibold">Something went wrong in {this.props.what}.</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          The rest of the app still works, and nothing you made was lost. The problem was:{' '}
          {this.state.error.message}
        </p>
        <Button className="mt-4" variant="primary" onClick={() => this.setState({ error: null })}>
          Try again
        </Button>
      </div>
    );
  }
}
