/** The loading, error and empty states every page shows the same way. */
import type { ReactNode } from 'react';

interface Props<T> {
  query: { data: T | undefined; isPending: boolean; error: Error | null; refetch: () => unknown };
  /** What the data is, e.g. "history": used in the messages. */
  what: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

export function QueryState<T>({ query, what, isEmpty, empty, children }: Props<T>) {
  if (query.isPending)
    return (
      <p className="state loading" role="status">
        Loading {what}…
      </p>
    );
  if (query.error && query.data === undefined)
    return (
      <div className="state error" role="alert">
        <p>
          Could not load {what}: {query.error.message}
        </p>
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  const data = query.data as T;
  if (isEmpty?.(data)) return <div className="state empty">{empty ?? <p>No {what} yet.</p>}</div>;
  return <>{children(data)}</>;
}
