/**
 * A part of a form folded away under a summary that says what it holds now (the events a channel
 * gets, who may use the bot). It opens by itself when something inside needs fixing, and then
 * stays as the user leaves it.
 */
import { type ReactNode, useEffect, useState } from 'react';

export function Disclosure({
  summary,
  mustOpen = false,
  initiallyOpen = false,
  className,
  children,
}: {
  summary: string;
  /** Another class beside `disclosure` (a Settings section folded whole: `section-fold`). */
  className?: string;
  /** Something inside needs fixing: shown open. */
  mustOpen?: boolean;
  /** Drawn open (a person can still fold it). */
  initiallyOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(mustOpen || initiallyOpen);
  useEffect(() => {
    if (mustOpen) setOpen(true);
  }, [mustOpen]);
  return (
    <details
      className={className ? `disclosure ${className}` : 'disclosure'}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
