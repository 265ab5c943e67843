// Catches a render failure or a chunk that failed to load, and offers a reload instead of a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { EmptyState } from './states';

type State = { failed: boolean };

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Gateway web app failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <Crashed /> : this.props.children;
  }
}

function Crashed() {
  const { t } = useT();
  return (
    <EmptyState
      title={t('error.internal')}
      action={
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </button>
      }
    />
  );
}
