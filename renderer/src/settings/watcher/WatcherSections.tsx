/**
 * The Settings page's sections for the change hook and the heartbeat: each its fields (drawn from
 * the schema), a Test that runs it once with the saved settings, and its last run or ping from the
 * status. Test acts on what is saved, so the page says so.
 */
import { useMutation } from '@tanstack/react-query';

import { errorInWords } from '../../../../shared/words/error';
import { apiErrorWords } from '../../api/api-error-words';
import { useEngine } from '../../api/engine';
import { useTestBlocked } from '../../api/may-act';
import { useStatus } from '../../api/queries';
import { useTranslator } from '../../i18n/I18n';
import { useNow } from '../../use-now';
import { Fields, group } from '../field-groups';
import type { FormCtx } from '../fields';
import { heartbeatWords, hookRunWords, type SettingsTestResult, testWords } from './watcher-words';

export function TestButton({ label, run }: { label: string; run: () => Promise<SettingsTestResult> }) {
  const test = useMutation({ mutationFn: run });
  const blocked = useTestBlocked();
  const t = useTranslator();
  const words = test.data ? testWords(test.data, t) : null;
  const bad = words?.ok === false || test.error;
  return (
    <span className="controls test">
      <button
        type="button"
        disabled={test.isPending || blocked !== null}
        title={blocked ?? undefined}
        onClick={() => test.mutate()}
      >
        {test.isPending ? t.t('settings.watcher.testing') : label}
      </button>
      <span role="status" className={`small${bad ? ' error-text' : ''}`}>
        {blocked}
        {!test.isPending && words?.text}
        {!test.isPending &&
          test.error &&
          t.t('settings.watcher.failed', { error: errorInWords(apiErrorWords(test.error, t), t) })}
      </span>
    </span>
  );
}

function LastState({ words }: { words: { text: string; ok: boolean } | null }) {
  if (!words) return null;
  return <p className={`small${words.ok ? '' : ' error-text'}`}>{words.text}</p>;
}

export function HookSection({ ctx }: { ctx: FormCtx }) {
  const { client } = useEngine();
  const hook = useStatus().data?.watcher?.hook;
  const now = useNow(15_000);
  const words = useTranslator();
  return (
    <>
      <Fields schema={group('hook')} path={['hook']} ctx={ctx} />
      <LastState words={hook ? hookRunWords(hook.lastRun, now, words) : null} />
      <TestButton label={words.t('settings.watcher.runHook')} run={() => client.testHook()} />
    </>
  );
}

export function HeartbeatSection({ ctx }: { ctx: FormCtx }) {
  const { client } = useEngine();
  const heartbeat = useStatus().data?.watcher?.heartbeat;
  const now = useNow(15_000);
  const words = useTranslator();
  return (
    <>
      <Fields schema={group('heartbeat')} path={['heartbeat']} ctx={ctx} />
      <LastState words={heartbeat ? heartbeatWords(heartbeat, now, words) : null} />
      <TestButton label={words.t('settings.watcher.ping')} run={() => client.testHeartbeat()} />
    </>
  );
}
