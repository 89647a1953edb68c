/**
 * The settings form behind Settings' pages: one draft for every section, checked by the settings
 * schema as you type (its messages inline) and saved at once with "Save settings". Only the
 * current page's section is drawn, but the draft is the form's, so an edit left unsaved on one
 * page is still there on the next, and a save checks every page: the summary of what to fix
 * links to each field, opening its page first. An invalid form is never sent, and a refused one
 * changes nothing.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';

import type { Translator } from '../../../shared/i18n/translator';
import { apiErrorWords } from '../api/api-error-words';
import { useEngine } from '../api/engine';
import { useChangeBlocked } from '../api/may-change';
import type { SettingsView } from '../api/types';
import { useTranslator } from '../i18n/I18n';
import { draftErrors } from './draft-errors';
import type { FormCtx } from './fields';
import { changedPaths, ErrorSummary, focusField, notesOf, restartText } from './form-notes';
import { LeaveQuestion } from './LeaveDialog';
import { RestartNote } from './RestartNote';
import { getAt, setAt } from './schema-walk';
import { pathsBySection, sectionOfPath, settingsHash } from './section-pages';
import { sectionElementId } from './SectionNav';
import type { FormSection } from './sections';

interface SectionProps {
  id: string;
  title: string;
  intro?: string;
  /** The settings of this section changed (or just saved) that apply after a restart: said once, under the intro. */
  restart?: string[];
  /** A line saying the feature is off, above the section's form (never folding it: the page is the section's own). */
  off?: string | null;
  children: ReactNode;
}

/** One section, the whole of its page. */
export function Section({ id, title, intro, restart = [], off, children }: SectionProps) {
  const el = sectionElementId(id);
  return (
    <section className="card" aria-labelledby={`${el}-h`} id={el}>
      <h2 id={`${el}-h`} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p className="help intro">{intro}</p>}
      {restart.length > 0 && <RestartNote paths={restart} />}
      {off && (
        <p className="section-off" data-testid="section-off">
          {off}
        </p>
      )}
      {children}
    </section>
  );
}

type Draft = Record<string, unknown>;

interface FormProps {
  view: SettingsView;
  sections: FormSection[];
  /** The page shown: a form section's id, or another page's (then only the save bar, while there is something to save). */
  current: string;
  /** The sections holding a field to fix, after a save was tried (the menu marks them). */
  onFlagged(ids: string[]): void;
}

export function SettingsForm({ view, sections, current, onFlagged }: FormProps) {
  const saved = view.settings;
  const [draft, setDraft] = useState<Draft>(saved);
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(new Map());
  const [tried, setTried] = useState(false);
  useEffect(() => setDraft(saved), [saved]);
  const own = useMemo(() => draftErrors(draft, saved), [draft, saved]);
  const errors = useMemo(() => new Map([...serverErrors, ...own]), [own, serverErrors]);
  const flagged = tried ? [...new Set([...errors.keys()].map((p) => sectionOfPath(p, sections) ?? ''))] : [];
  const flagKey = flagged.join(' ');
  useEffect(() => onFlagged(flagKey ? flagKey.split(' ') : []), [flagKey, onFlagged]);
  const save = useSaveSettings(setServerErrors);
  const restartBy = useRestartBy(view.restartFields, draft, saved, save.data, sections);
  const words = useTranslator();
  const ctx: FormCtx = {
    draft,
    saved,
    errors,
    notes: useMemo(() => notesOf(view, words), [view, words]),
    set: (path, value) => {
      setDraft((d) => setAt(d, path, value));
      setServerErrors(new Map());
    },
  };
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const savedIds = savedChannelIds(saved);
  const section = sections.find((s) => s.id === current);
  const go = useFieldLinks(sections, current);
  const shown = tried && errors.size > 0;
  // A viewer reads the form but changes nothing (issue 50): the fields are off, no Save bar.
  const readOnly = useChangeBlocked();
  // "Save settings", and "Save and leave": true once saved (an invalid draft is never sent).
  const submit = async () => {
    setTried(true);
    return (
      own.size === 0 &&
      save.mutateAsync(draft).then(
        (r) => r.ok,
        () => false,
      )
    );
  };
  return (
    <>
      {!readOnly && <LeaveQuestion dirty={dirty} save={submit} discard={() => setDraft(saved)} />}
      <form
        className="settings"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {/* Only over the form's sections: a panel says its own (Appearance is this browser's, a viewer's too). */}
        {readOnly && section && (
          <p role="note" className="muted small">
            {readOnly}
          </p>
        )}
        {!readOnly && (section || dirty || shown || save.data) && (
          <SaveBar
            pending={save.isPending}
            saved={save.data?.ok && !dirty ? save.data.restart : null}
            error={save.error ? apiErrorWords(save.error, words) : null}
            dirty={dirty}
            note={saveNote(shown ? errors.size : 0, !section && dirty, words)}
            discard={() => setDraft(saved)}
          />
        )}
        {tried && <ErrorSummary errors={errors} draft={draft} go={go} />}
        {section && (
          <fieldset className="read-only-form" disabled={readOnly !== null}>
            <Section
              key={section.id}
              id={section.id}
              title={section.title}
              intro={section.intro}
              restart={restartBy.get(section.id)}
              off={section.off?.(draft)}
            >
              {section.render({ ctx, view, savedIds, tried })}
            </Section>
          </fieldset>
        )}
      </form>
    </>
  );
}

/** The summary's links: to a field on this page, or on another, once its page is drawn. */
function useFieldLinks(sections: FormSection[], current: string): (path: string) => void {
  const [goTo, setGoTo] = useState<string | null>(null);
  // Open and focus it after the commit: opening an item's form renders at once, which an effect may not.
  useEffect(() => {
    if (goTo === null || sectionOfPath(goTo, sections) !== current) return;
    setTimeout(() => focusField(goTo));
    setGoTo(null);
  }, [goTo, current, sections]);
  return (path) => {
    const id = sectionOfPath(path, sections);
    if (id === undefined || id === current) return void focusField(path);
    window.location.hash = settingsHash(id);
    setGoTo(path);
  };
}

/** Why nothing was saved (`toFix` fields), or that other pages hold changes (`elsewhere`); null: nothing to say. */
function saveNote(toFix: number, elsewhere: boolean, words: Translator): string | null {
  if (toFix > 0) return words.t('settings.save.toFix', { count: toFix });
  return elsewhere ? words.t('settings.save.otherPages') : null;
}

/** The ids of the channels saved (a channel not among them is new). */
const savedChannelIds = (saved: Draft): Set<string> =>
  new Set(((getAt(saved, ['notifications', 'channels']) as { id: string }[] | undefined) ?? []).map((c) => c.id));

/**
 * The restart note's fields by section: those changed in the draft, and those the last save
 * changed (their restart is still due); never every field that would need one.
 */
function useRestartBy(
  restartFields: string[],
  draft: Draft,
  saved: Draft,
  last: { ok: boolean; restart?: string[] } | undefined,
  sections: FormSection[],
) {
  const justSaved = last?.ok ? last.restart : undefined;
  return useMemo(
    () => pathsBySection([...new Set([...changedPaths(restartFields, draft, saved), ...(justSaved ?? [])])], sections),
    [restartFields, draft, saved, justSaved, sections],
  );
}

/** Saves the draft: the server's refusals by field, or the saved settings in the cache. */
function useSaveSettings(setServerErrors: (errors: Map<string, string>) => void) {
  const { client } = useEngine();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (settings: Draft) => client.saveSettings({ settings }),
    onSuccess: (r) => {
      if (r.ok) {
        setServerErrors(new Map());
        queries.setQueryData(['settings'], r.settings);
        void queries.invalidateQueries({ queryKey: ['status'] });
      } else setServerErrors(new Map(r.errors.map((e) => [e.path, e.message])));
    },
  });
}

interface SaveBarProps {
  pending: boolean;
  dirty: boolean;
  /** Why nothing was saved, or that other pages hold changes; null: nothing to say. */
  note: string | null;
  /** After a save of what is shown: the settings that wait for a restart; null before one. */
  saved: Parameters<typeof restartText>[0] | null;
  error: string | null;
  discard(): void;
}

/** Save settings, Discard changes, and what the last save did. */
function SaveBar({ pending, dirty, note, saved, error, discard }: SaveBarProps) {
  const words = useTranslator();
  const t = useIntl().formatMessage;
  return (
    <div className="savebar">
      <button type="submit" disabled={pending || !dirty}>
        {t({ id: pending ? 'settings.save.saving' : 'settings.save.save' })}
      </button>
      <button type="button" className="secondary" disabled={!dirty} onClick={discard}>
        {t({ id: 'settings.save.discard' })}
      </button>
      <span role="status" className="small">
        {note}
        {saved &&
          (saved.length
            ? t({ id: 'settings.save.savedRestart' }, { restart: restartText(saved, words) })
            : t({ id: 'settings.save.saved' }))}
        {error && t({ id: 'settings.save.failed' }, { error })}
      </span>
    </div>
  );
}
