/**
 * A table that scrolls sideways on a narrow window; focusable, so the keyboard can scroll it too.
 * `stack`: on a narrow window each row becomes a block instead (components.css, `.stack`): row
 * headers on a line of their own, each cell after them labelled by its `data-label`, so every
 * column stays in view without scrolling.
 */
import type { ReactNode } from 'react';

export function TableWrap({ label, stack = false, children }: { label: string; stack?: boolean; children: ReactNode }) {
  return (
    <div className={stack ? 'table-wrap stack' : 'table-wrap'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
