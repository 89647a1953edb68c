/**
 * A part of a form folded away under a summary that says what it holds now (the events a channel
 * gets, who may use the bot). It opens by itself when something inside needs fixing, and then
 * stays as the user leaves it.
 */
import { type ReactNode, useEffect, useState } from 'react';

export function Disclosure({
  summary,
  mustOpen = false,
  className,
  children,
}: {
  summary: string;
  /** Another class beside `disclosure`. */
  className?: string;
  /** Something inside needs fixing: shown open. */
  mustOpen?: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(mustOpen);
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
