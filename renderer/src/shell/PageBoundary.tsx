/**
 * Catches what goes wrong inside the page area, so the window's shell (menu, banner) always
 * stays. A page whose files did not arrive says so and tries again by itself: when the engine
 * answers again, and on a timer that backs off. A page that threw while rendering offers a reload.
 */
import { Component, type ErrorInfo, type ReactNode, useEffect, useRef } from 'react';

import { useConnectionState } from '../api/engine';
import { useTranslator } from '../i18n/I18n';
import { PageLoadError } from '../lazy-views';
import { retryDelayMs, reviveStylesheets } from './page-views';

interface Props {
  /** The page's name, for the message. */
  title: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Automatic and manual retries so far, for the backoff. */
  tries: number;
}

export class PageBoundary extends Component<Props, State> {
  override state: State = { error: null, tries: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever looks into it; the page area says it in words.
    console.warn(`the ${this.props.title} page failed`, error, info.componentStack);
  }

  retry = (): void => {
    reviveStylesheets();
    this.setState((s) => ({ error: null, tries: s.tries + 1 }));
  };

  override render(): ReactNode {
    const { error, tries } = this.state;
    if (!error) return this.props.children;
    if (error instanceof PageLoadError)
      return <PageNotLoaded title={this.props.title} tries={tries} onRetry={this.retry} />;
    return <PageFailed title={this.props.title} error={error} />;
  }
}

function PageNotLoaded({ title, tries, onRetry }: { title: string; tries: number; onRetry: () => void }) {
  const state = useConnectionState();
  const was = useRef(state);
  useEffect(() => {
    const previous = was.current;
    was.current = state;
    // Only on the change: the engine answering is news; retrying at once while it already
    // answers (the files are missing for another reason) is the timer's business.
    if (state === 'connected' && previous !== 'connected') onRetry();
  }, [state, onRetry]);
  useEffect(() => {
    const timer = setTimeout(onRetry, retryDelayMs(tries));
    return () => clearTimeout(timer);
  }, [tries, onRetry]);
  const { t } = useTranslator();
  return (
    <section className="card page-failed" role="alert" aria-labelledby="page-failed-title">
      <h1 id="page-failed-title">{t('web.shell.pageNotLoaded.title', { page: title })}</h1>
      <p>
        {t(state === 'disconnected' ? 'web.shell.pageNotLoaded.engineSilent' : 'web.shell.pageNotLoaded.filesMissing')}
      </p>
      <button type="button" className="secondary" onClick={onRetry}>
        {t('web.shell.tryAgainNow')}
      </button>
    </section>
  );
}

function PageFailed({ title, error }: { title: string; error: Error }) {
  const { t } = useTranslator();
  return (
    <section className="card page-failed" role="alert" aria-labelledby="page-failed-title">
      <h1 id="page-failed-title">{t('web.shell.pageFailed.title', { page: title })}</h1>
      <p>{t('web.shell.pageFailed.text')}</p>
      <details>
        <summary>{t('web.shell.pageFailed.what')}</summary>
        <pre>{error.message}</pre>
      </details>
      <button type="button" onClick={() => window.location.reload()}>
        {t('web.shell.reload')}
      </button>
    </section>
  );
}
