/**
 * The web dashboard's first run, shown instead of the pages while a new data folder waits for
 * it (FirstRunGate): what to watch, a notification channel with a test, the Discord bot, a host
 * name kept pointing here (dynamic DNS, optional). The
 * choices are one settings draft, saved at the end through saveSettings like the Settings page
 * (a refusal leads back to the step of the first field it names); then, or when the user skips,
 * the first run is ended for good (endFirstRun).
 */
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';

import { settingsSchema } from '../../../shared/settings';
import { apiErrorWords } from '../api/api-error-words';
import { useEngine } from '../api/engine';
import { useSettings } from '../api/queries';
import type { SettingsView } from '../api/types';
import { QueryState } from '../components/QueryState';
import { useTranslator } from '../i18n/I18n';
import { optionErrors } from '../settings/channels/schema';
import type { FormCtx } from '../settings/fields';
import { clientErrors, setAt } from '../settings/schema-walk';
import { CertificateNote } from '../shell/Serving';
import {
  describeError,
  type Draft,
  discordOf,
  type DiscordChoice,
  families,
  familiesProblem,
  STEPS,
  stepOf,
  withDiscord,
} from './web-steps';
import { DdnsStep, DiscordStep, NotifyStep, WatchStep } from './WebSteps';

const LAST = STEPS.length - 1;

/** Every field error of the draft: the settings schema's, and each channel's own options'. */
function draftErrors(full: Draft): Map<string, string> {
  const errors = clientErrors(settingsSchema, full);
  const channels = (full.notifications as { channels?: Record<string, unknown>[] } | undefined)?.channels ?? [];
  channels.forEach((c, i) => {
    for (const [k, m] of optionErrors(c)) errors.set(`notifications.channels.${i}${k ? `.${k}` : ''}`, m);
  });
  return errors;
}

export function WebFirstRun({ onEnd }: { onEnd: () => void }) {
  const settings = useSettings();
  const { t } = useTranslator();
  return (
    <main id="main" className="first-run" tabIndex={-1}>
      <QueryState query={settings} what={t('web.firstRun.what.settings')}>
        {(view) => <Wizard view={view} onEnd={onEnd} />}
      </QueryState>
    </main>
  );
}

/** The heading of the step shown: focus moves to it on each new step (not the first: the page just opened). */
function useStepHeading(step: number, onStep: () => void) {
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const changed = useRef(onStep);
  changed.current = onStep;
  useEffect(() => {
    changed.current();
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [step]);
  return heading;
}

function StepList({ step }: { step: number }) {
  const { t } = useTranslator();
  return (
    <ol className="steps" aria-label={t('web.firstRun.steps')}>
      {STEPS.map((s, i) => (
        <li key={s.title} aria-current={i === step ? 'step' : undefined}>
          {t(s.title)}
        </li>
      ))}
    </ol>
  );
}

/** What keeps the step from going on, field by field. */
function StepProblems({ errors, draft }: { errors: [string, string][]; draft: Draft }) {
  const words = useTranslator();
  if (errors.length === 0) return null;
  return (
    <div className="field-error" role="alert">
      <p>{words.t('web.firstRun.fieldsNeedFixing', { count: errors.length })}</p>
      <ul>
        {errors.map(([path, message]) => (
          <li key={path}>{describeError(draft, path, message, words)}</li>
        ))}
      </ul>
    </div>
  );
}

function Wizard({ view, onEnd }: { view: SettingsView; onEnd: () => void }) {
  const { client } = useEngine();
  const words = useTranslator();
  const { t } = words;
  const [draft, setDraft] = useState<Draft>(view.settings);
  const [discord, setDiscord] = useState<DiscordChoice>(() => discordOf(view.settings));
  const [step, setStep] = useState(0);
  // The step's problems are listed once the user tried to go on, not while a new field is still empty.
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<Map<string, string>>(new Map());
  const heading = useStepHeading(step, () => setTried(false));

  const full = useMemo(() => withDiscord(draft, discord), [draft, discord]);
  const errors = useMemo(() => new Map([...refused, ...draftErrors(full)]), [full, refused]);
  const stepErrors = [...errors].filter(([path]) => stepOf(path) === step);
  const problem = step === 0 ? familiesProblem(families(draft), words) : null;
  const savedIds = useMemo(
    () => new Set(((view.settings.notifications as { channels?: { id: string }[] })?.channels ?? []).map((c) => c.id)),
    [view],
  );
  const ctx: FormCtx = {
    draft,
    errors,
    set: (path, value) => {
      setDraft((d) => setAt(d, path, value));
      setRefused(new Map());
    },
  };

  const finish = useMutation({
    mutationFn: async () => {
      const saved = await client.saveSettings({ settings: full });
      if (saved.ok) await client.endFirstRun({ outcome: 'done' });
      return saved;
    },
    onSuccess: (saved) => {
      if (saved.ok) return onEnd();
      setRefused(new Map(saved.errors.map((e) => [e.path, e.message])));
      setStep(Math.min(...saved.errors.map((e) => stepOf(e.path))));
    },
  });
  const skip = useMutation({ mutationFn: () => client.endFirstRun({ outcome: 'skipped' }), onSuccess: onEnd });
  const blocked = problem !== null || stepErrors.length > 0;

  return (
    <form
      className="web-first-run"
      aria-labelledby="first-run-h"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (blocked) return;
        if (step < LAST) setStep(step + 1);
        else finish.mutate();
      }}
    >
      <header className="page-head">
        <h1 id="first-run-h">{t('web.firstRun.title')}</h1>
        <button type="button" className="secondary" disabled={skip.isPending} onClick={() => skip.mutate()}>
          {t('web.firstRun.skip')}
        </button>
      </header>
      <CertificateNote />
      <StepList step={step} />
      <section className="card" aria-labelledby="first-run-step">
        <h2 id="first-run-step" ref={heading} tabIndex={-1}>
          {t('web.firstRun.stepOf', { step: step + 1, steps: STEPS.length, title: t(STEPS[step]!.title) })}
        </h2>
        {step === 0 && <WatchStep ctx={ctx} problem={problem} />}
        {step === 1 && <NotifyStep ctx={ctx} savedIds={savedIds} onDiscordBot={() => setStep(2)} />}
        {step === 2 && (
          <DiscordStep
            choice={discord}
            stored={discordOf(view.settings).token}
            errors={errors}
            onChange={(c) => {
              setDiscord(c);
              setRefused(new Map());
            }}
          />
        )}
        {step === 3 && <DdnsStep ctx={ctx} />}
      </section>
      {(tried || refused.size > 0) && <StepProblems errors={stepErrors} draft={full} />}
      <Controls step={step} onBack={() => setStep(step - 1)} saving={finish.isPending}>
        {finish.error && t('web.firstRun.couldNotSave', { error: apiErrorWords(finish.error, words) })}
        {skip.error && t('web.firstRun.couldNotSkip', { error: apiErrorWords(skip.error, words) })}
      </Controls>
    </form>
  );
}

/** Back, Next (Save on the last step), and what went wrong saving or skipping (`children`). */
function Controls(props: { step: number; onBack: () => void; saving: boolean; children: ReactNode }) {
  const { step, onBack, saving, children } = props;
  const { t } = useTranslator();
  return (
    <div className="controls">
      {step > 0 && (
        <button type="button" className="secondary" onClick={onBack}>
          {t('web.firstRun.back')}
        </button>
      )}
      <button type="submit" disabled={saving}>
        {t(step < LAST ? 'web.firstRun.next' : saving ? 'web.firstRun.saving' : 'web.firstRun.save')}
      </button>
      <span role="status" className="small error-text">
        {children}
      </span>
    </div>
  );
}
