/** A tiny typed event hub; a throwing listener is logged, never allowed to break the engine. */
import type { Logger } from './logger';

export class EventHub<E> {
  private listeners = new Set<(event: E) => void>();

  constructor(
    private logger: Logger,
    private onError?: (err: unknown) => void,
  ) {}

  on(listener: (event: E) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: E): void {
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch (err) {
        if (this.onError) this.onError(err);
        else this.logger.error('event listener failed', { error: err instanceof Error ? err.message : String(err) });
      }
    }
  }
}
