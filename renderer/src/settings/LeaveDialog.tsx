/**
 * Leaving Settings with unsaved changes asks first (issue 75): save and leave, discard and leave,
 * or stay. Asking, rather than keeping the draft quietly until the next visit, is what settings
 * with a Save button do in the apps people know (an editor's "Save changes?", Grafana's unsaved
 * dashboard): a draft kept out of sight reads as saved while the engine still runs the old
 * settings. A save that cannot go through (a field to fix, a refusal) stays on the page with the
 * summary of what to fix. Closing or reloading the tab gets the browser's own question, closing
 * the app's window or quitting it the app's (leave-guard.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';

import { leaveTo, useLeaveGuard } from '../leave-guard';

interface LeaveProps {
  /** The draft differs from the saved settings. */
  dirty: boolean;
  /** Tries to save; resolves true once saved, false when it was not (the form then says why). */
  save(): Promise<boolean>;
  discard(): void;
}

/** The question, while a move away from Settings waits on it. */
export function LeaveQuestion({ dirty, save, discard }: LeaveProps) {
  const [to, setTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  useLeaveGuard('/settings', dirty, setTo);
  if (to === null) return null;
  return (
    <LeaveDialog
      pending={pending}
      onSave={() => {
        setPending(true);
        void save().then((ok) => {
          setPending(false);
          setTo(null);
          if (ok) leaveTo(to);
        });
      }}
      onDiscard={() => {
        discard();
        setTo(null);
        leaveTo(to);
      }}
      onStay={() => setTo(null)}
    />
  );
}

interface DialogProps {
  pending: boolean;
  onSave(): void;
  onDiscard(): void;
  onStay(): void;
}

/** A modal dialog (the platform's: focus kept inside, Escape is "Stay here"). */
function LeaveDialog({ pending, onSave, onDiscard, onStay }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const t = useIntl().formatMessage;
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="leave-dialog"
      aria-labelledby="leave-h"
      aria-describedby="leave-b"
      onCancel={(e) => {
        e.preventDefault();
        onStay();
      }}
    >
      <h2 id="leave-h">{t({ id: 'settings.leave.title' })}</h2>
      <p id="leave-b">{t({ id: 'settings.leave.body' })}</p>
      <div className="leave-actions">
        <button type="button" disabled={pending} onClick={onSave}>
          {t({ id: pending ? 'settings.save.saving' : 'settings.leave.save' })}
        </button>
        <button type="button" className="secondary" disabled={pending} onClick={onDiscard}>
          {t({ id: 'settings.leave.discard' })}
        </button>
        <button type="button" className="secondary" disabled={pending} onClick={onStay}>
          {t({ id: 'settings.leave.stay' })}
        </button>
      </div>
    </dialog>
  );
}
