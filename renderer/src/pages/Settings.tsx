/**
 * Every setting, drawn from the settings schema, checked by that same schema as you type (its
 * messages inline), then saved through the engine, whose field errors show the same way. An
 * invalid form is never sent, and a refused one changes nothing.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';

import { notificationsSchema } from '../../../shared/notify-settings';
import { settingsSchema } from '../../../shared/settings';
import { useEngine } from '../api/engine';
import { useSettings } from '../api/queries';
import { shellOf } from '../api/shell';
import type { SettingsView } from '../api/types';
import { QueryState } from '../components/QueryState';
import { useRouteQuery } from '../routes';
import { AppearancePanel } from '../settings/AppearancePanel';
import { AppPanel } from '../settings/AppPanel';
import { ChannelsEditor } from '../settings/ChannelsEditor';
import { DataPanel } from '../settings/DataPanel';
import { type FormCtx, LeafField, ObjectFields } from '../settings/fields';
import { clientErrors, fieldSchema, getAt, labelOf, setAt, shapeOf } from '../settings/schema-walk';
import { SourcesEditor } from '../settings/SourcesEditor';

/** Top-level keys with a section of their own below; any other (newer) key gets a generic one. */
const OWN = ['version', 'monitor', 'health', 'sources', 'notifications', 'history'];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={`${id}-h`} id={id}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

type Draft = Record<string, unknown>;

/** Beside a field: set by an environment variable (it wins), or applied only after a restart. */
function notesOf(view: SettingsView): Map<string, string> {
  const notes = new Map<string, string>();
  for (const p of view.restartFields) notes.set(p, 'Applies after a restart.');
  for (const p of view.envOverrides)
    notes.set(p, 'Set by an IPWATCH_* environment variable, which wins over this value.');
  return notes;
}

function SettingsForm({ view }: { view: SettingsView }) {
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
  const extra = shapeOf(settingsSchema);
  const others = extra.kind === 'object' ? extra.fields.filter(([k]) => !OWN.includes(k)) : [];
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
            (save.data.restart.length ? `Saved; ${save.data.restart.join(', ')} apply after a restart.` : 'Saved.')}
          {save.error && `Could not save: ${save.error.message}`}
        </span>
      </div>
      <Section id="set-monitor" title="Monitoring">
        <ObjectFields schema={fieldSchema(settingsSchema, 'monitor')!} path={['monitor']} ctx={ctx} />
        <fieldset>
          <legend>Source health</legend>
          <ObjectFields schema={fieldSchema(settingsSchema, 'health')!} path={['health']} ctx={ctx} />
        </fieldset>
      </Section>
      <Section id="set-sources" title="Sources">
        <SourcesEditor ctx={ctx} />
      </Section>
      <Section id="set-notify" title="Notifications">
        <ObjectFields schema={notificationsSchema} path={['notifications']} ctx={ctx} />
      </Section>
      <Section id="set-channels" title="Channels and privacy">
        <ChannelsEditor ctx={ctx} savedIds={savedIds} />
      </Section>
      {others.map(([k, s]) => (
        <Section key={k} id={`set-${k}`} title={labelOf(k)}>
          {shapeOf(s).kind === 'object' ? (
            <ObjectFields schema={s} path={[k]} ctx={ctx} />
          ) : (
            <LeafField schema={s} path={[k]} ctx={ctx} />
          )}
        </Section>
      ))}
      <Section id="set-data" title="Data">
        <ObjectFields schema={fieldSchema(settingsSchema, 'history')!} path={['history']} ctx={ctx} />
      </Section>
    </form>
  );
}

export function Settings() {
  const settings = useSettings();
  const shell = shellOf();
  // The app opens `#/settings?invalid=1` when settings.json was invalid at start.
  const invalidFile = useRouteQuery().get('invalid') === '1';
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
      <QueryState query={settings} what="settings">
        {(v) => <SettingsForm view={v} />}
      </QueryState>
      <section className="card" aria-labelledby="set-backup-h">
        <h2 id="set-backup-h">Backup, restore and import</h2>
        <DataPanel />
      </section>
      {shell && (
        <section className="card" aria-labelledby="set-app-h">
          <h2 id="set-app-h">This computer</h2>
          <AppPanel shell={shell} />
        </section>
      )}
      <section className="card" aria-labelledby="set-appearance-h">
        <h2 id="set-appearance-h">Appearance (this window)</h2>
        <AppearancePanel />
      </section>
    </>
  );
}
