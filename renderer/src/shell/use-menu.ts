/**
 * A disclosure menu's open and close, one copy for the page Menu (Header.tsx) and the account
 * corner (AccountMenu.tsx): the toggle button opens it (a button already answers Enter and
 * Space), opening moves focus to the item `focusOnOpen` selects inside the box, Escape closes it
 * and gives focus back to the toggle, and a pointer pressed outside the box closes it.
 */
import { type Dispatch, type RefObject, type SetStateAction, useEffect, useRef, useState } from 'react';

export interface Menu<Box extends HTMLElement> {
  open: boolean;
  setOpen: Dispatch<SetStateAction<boolean>>;
  /** The element that holds the toggle and the panel: a press inside it keeps the menu open. */
  box: RefObject<Box | null>;
  /** The button that opens and closes the menu; Escape gives focus back to it. */
  toggle: RefObject<HTMLButtonElement | null>;
}

/** `focusOnOpen`: a CSS selector, inside the box, of what gets focus when the menu opens. */
export function useMenu<Box extends HTMLElement>(focusOnOpen: string): Menu<Box> {
  const [open, setOpen] = useState(false);
  const box = useRef<Box>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    box.current?.querySelector<HTMLElement>(focusOnOpen)?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open, focusOnOpen]);

  return { open, setOpen, box, toggle };
}
