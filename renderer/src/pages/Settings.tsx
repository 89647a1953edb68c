/**
 * The Settings page: sections with a side navigation, every setting with its label and one line
 * of help from the settings schema, checked by that same schema as you type (its messages inline),
 * then saved through the engine, whose field errors show the same way. An invalid form is never
 * sent, and a refused one changes nothing. The sections themselves are listed in settings/sections.tsx.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';

import { settingsSchema } from '../../../shared/settings';
import { useEngine } from '../api/engine';
import { useSettings } from '../api/queries';
import { shellOf } from '../api/shell';
import type { SettingsView } from '../api/types';
import { QueryState } from '../components/QueryState';
import { useRouteQuery } from '../routes';
import type { FormCtx } from '../settings/fields';
import { ErrorSummary, notesOf, restartText } from '../settings/form-notes';
import { Disclosure } from '../settings/options/Disclosure';
import { clientErrors, errorWithin, getAt, setAt } from '../settings/schema-walk';
import { SectionNav, sectionElementId, showSection } from '../settings/SectionNav';
import { type FormSection, formSections, PANEL_SECTIONS } from '../settings/sections';
import '../settings/settings.css';

interface SectionProps {
  id: string;
  title: string;
  intro?: string;
  /** A line saying the feature is off: the section's body is folded under it (open while it holds an error). */
  folded?: string | null;
  mustOpen?: boolean;
  children: ReactNode;
}

function Section({ id, title, intro, folded, mustOpen = false, children }: SectionProps) {
  const el = sectionElementId(id);
  return (
    <section className="card" aria-labelledby={`${el}-h`} id={el}>
      <h2 id={`${el}-h`} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p className="help intro">{intro}</p>}
      {folded ? (
        <Disclosure summary={folded} mustOpen={mustOpen} className="section-fold">
          {children}
        </Disclosure>
      ) : (
        children
      )}
    </section>
  );
}

type Draft = Record<string, unknown>;

function SettingsForm({ view, sections }: { view: SettingsView; sections: FormSection[] }) {
  const saved = view.settings;
  const { client } = useEngine();
  const queries = useQueryClient();
  const [draft, setDraft] = useState<Draft>(saved);
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(new Map());
  const [tried, setTried] = useState(false);
  useEffect(() => setDraft(saved), [saved]);
  const own = useMemo(() => clientErrors(settingsSchema, draft), [draft]);
  const errors = useMemo(() => new Map([...serverErrors, ...own]), [own, serverErrors]);
  const save = useMutation({
    mutationFn: (settings: Draft) => client.saveSettings({ settings }),
    onSuccess: (r) => {
      if (r.ok) {
        setServerErrors(new Map());
        queries.setQueryData(['settings'], r.settings);
        void queries.invalidateQueries({ queryKey: ['status'] });
      } else setServerErrors(new Map(r.errors.map((e) => [e.path, e.message])));
    },
  });
  const ctx: FormCtx = {
    draft,
    saved,
    errors,
    notes: useMemo(() => notesOf(view), [view]),
    set: (path, value) => {
      setDraft((d) => setAt(d, path, value));
      setServerErrors(new Map());
    },
  };
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const savedIds = new Set(
    ((getAt(saved, ['notifications', 'channels']) as { id: string }[] | undefined) ?? []).map((c) => c.id),
  );
  return (
    <form
      className="settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (own.size === 0) save.mutate(draft);
      }}
    >
      <div className="savebar">
        <button type="submit" disabled={save.isPending || !dirty}>
          {save.isPending ? 'Saving…' : 'Save settings'}
        </button>
        <button type="button" className="secondary" disabled={!dirty} onClick={() => setDraft(saved)}>
          Discard changes
        </button>
        <span role="status" className="small">
          {tried &&
            errors.size > 0 &&
            `${errors.size} setting${errors.size > 1 ? 's need' : ' needs'} fixing; nothing was saved.`}
          {save.data?.ok &&
            !dirty &&
            (save.data.restart.length ? `Saved. ${restartText(save.data.restart)}` : 'Saved.')}
          {save.error && `Could not save: ${save.error.message}`}
        </span>
      </div>
      {tried && <ErrorSummary errors={errors} draft={draft} />}
      {sections.map((s) => (
        <Section
          key={s.id}
          id={s.id}
          title={s.title}
          intro={s.intro}
          folded={s.folded?.(draft)}
          mustOpen={s.keys.some((k) => errorWithin(ctx.errors, [k]) !== undefined)}
        >
          {s.render({ ctx, view, savedIds, tried })}
        </Section>
      ))}
    </form>
  );
}

export function Settings() {
  const settings = useSettings();
  const shell = shellOf();
  const query = useRouteQuery();
  // The app opens `#/settings?invalid=1` when settings.json was invalid at start.
  const invalidFile = query.get('invalid') === '1';
  const sections = useMemo(formSections, []);
  const panels = PANEL_SECTIONS.filter((p) => !p.appOnly || shell);
  // `#/settings?section=discord` opens the page at that section, once it is drawn.
  const wanted = query.get('section');
  const loaded = settings.data !== undefined;
  useEffect(() => {
    if (wanted && loaded) showSection(wanted);
  }, [wanted, loaded]);
  return (
    <>
      <header className="page-head">
        <h1>Settings</h1>
      </header>
      {invalidFile && (
        <p role="alert" className="warning">
          settings.json could not be used when IPWatch started, so it runs on the defaults. Fix the file (the reason is
          below and in the log); the app applies it as soon as it is valid.
        </p>
      )}
      <div className="settings-layout">
        <SectionNav items={[...sections, ...panels]} />
        <div className="settings-body">
          <QueryState query={settings} what="settings">
            {(v) => <SettingsForm view={v} sections={sections} />}
          </QueryState>
          {panels.map((p) => (
            <Section key={p.id} id={p.id} title={p.title} intro={p.intro} folded={p.folded}>
              <div className="field-grid">{p.render({ shell })}</div>
            </Section>
          ))}
        </div>
      </div>
    </>
  );
}
