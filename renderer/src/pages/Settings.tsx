/**
 * Every setting, drawn from the settings schema, checked by that same schema as you type (its
 * messages inline), then saved through the engine, whose field errors show the same way. An
 * invalid form is never sent, and a refused one changes nothing.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';

import { notificationsSchema } from '../../../shared/notify-settings';
import { type Settings as SettingsT, settingsSchema } from '../../../shared/settings';
import { useEngine } from '../api/engine';
import { useSettings } from '../api/queries';
import { QueryState } from '../components/QueryState';
import { AppearancePanel } from '../settings/AppearancePanel';
import { ChannelsEditor } from '../settings/ChannelsEditor';
import { DataPanel } from '../settings/DataPanel';
import { type FormCtx, LeafField, ObjectFields } from '../settings/fields';
import { errorsByPath, fieldSchema, labelOf, setAt, shapeOf } from '../settings/schema-walk';
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

function SettingsForm({ saved }: { saved: SettingsT }) {
  const { client } = useEngine();
  const queries = useQueryClient();
  const [draft, setDraft] = useState<SettingsT>(saved);
  const [serverErrors, setServerErrors] = useState<Map<string, string>>(new Map());
  const [tried, setTried] = useState(false);
  useEffect(() => setDraft(saved), [saved]);
  const parsed = useMemo(() => settingsSchema.safeParse(draft), [draft]);
  const errors = useMemo(() => {
    const own = parsed.success ? new Map<string, string>() : errorsByPath(parsed.error.issues);
    return new Map([...serverErrors, ...own]);
  }, [parsed, serverErrors]);
  const save = useMutation({
    mutationFn: (settings: SettingsT) => client.saveSettings({ settings }),
    onSuccess: (r) => {
      if (r.ok) {
        setServerErrors(new Map());
        queries.setQueryData(['settings'], { settings: r.settings });
        void queries.invalidateQueries({ queryKey: ['status'] });
      } else setServerErrors(new Map(r.errors.map((e) => [e.path, e.message])));
    },
  });
  const ctx: FormCtx = {
    draft,
    errors,
    set: (path, value) => {
      setDraft((d) => setAt(d, path, value));
      setServerErrors(new Map());
    },
  };
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const savedIds = new Set(saved.notifications.channels.map((c) => c.id));
  const extra = shapeOf(settingsSchema);
  const others = extra.kind === 'object' ? extra.fields.filter(([k]) => !OWN.includes(k)) : [];
  return (
    <form
      className="settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (parsed.success) save.mutate(draft);
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
          {save.data?.ok && !dirty && 'Saved.'}
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
  return (
    <>
      <header className="page-head">
        <h1>Settings</h1>
      </header>
      <QueryState query={settings} what="settings">
        {(s) => <SettingsForm saved={s.settings} />}
      </QueryState>
      <section className="card" aria-labelledby="set-backup-h">
        <h2 id="set-backup-h">Backup, restore and import</h2>
        <DataPanel />
      </section>
      <section className="card" aria-labelledby="set-appearance-h">
        <h2 id="set-appearance-h">Appearance (this window)</h2>
        <AppearancePanel />
      </section>
    </>
  );
}
