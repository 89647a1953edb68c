/**
 * "Send a test" for a channel as it is on the page, saved or not: the engine sends one test
 * notice through it at once (outside the outbox) and says whether the service took it, or why
 * not. Secrets left as stored are the engine's to fill in; the page never has them.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';

import type { ChannelSettingsInput } from '../../../../shared/settings/notify';
import { codedErrorWords } from '../../../../shared/words/reason';
import { apiErrorWords } from '../../api/api-error-words';
import { useEngine } from '../../api/engine';
import { useTestBlocked } from '../../api/may-act';
import { useTranslator } from '../../i18n/I18n';
import { TestSaid } from '../items/ItemTest';

/** Where the channel sends (its URL or server), for the words of a network error that names no place. */
const urlOf = (channel: Record<string, unknown>): string | undefined =>
  [channel.url, channel.server, channel.host].find((v): v is string => typeof v === 'string');

export function TestButton({
  channel,
  blocked,
  onBlocked,
  label,
  name,
}: {
  channel: Record<string, unknown>;
  /** Why a test cannot be sent yet (fields to fix), or null. */
  blocked: string | null;
  /** Told when the button is pressed while blocked (to show every field's message). */
  onBlocked?: () => void;
  /** The button's words: "Send a test" unless given. */
  label?: string;
  /** In a row: the channel's name, for the button's accessible name ("Test home-hook"). */
  name?: string;
}) {
  const intl = useIntl();
  const words = useTranslator();
  const [pressed, setPressed] = useState(false);
  const notSent = intl.formatMessage({ id: 'editors.channel.notSent' });
  const { client } = useEngine();
  const viewer = useTestBlocked();
  const test = useMutation({
    mutationFn: (c: Record<string, unknown>) => client.testChannel({ channel: c as ChannelSettingsInput }),
  });
  const result = test.data;
  return (
    <div className={name === undefined ? 'controls test' : 'row-test'}>
      <button
        type="button"
        className={name === undefined ? undefined : 'secondary'}
        disabled={test.isPending || viewer !== null}
        title={viewer ?? undefined}
        onClick={() => {
          setPressed(true);
          if (blocked === null) test.mutate(channel);
          else {
            test.reset();
            onBlocked?.();
          }
        }}
      >
        {test.isPending
          ? intl.formatMessage({ id: 'editors.channel.sending' })
          : (label ?? intl.formatMessage({ id: 'editors.channel.sendTest' }))}
        {name !== undefined && <span className="sr-only"> {name}</span>}
      </button>
      <span role="status" className={`small${result?.ok === false || test.error ? ' error-text' : ''}`}>
        {viewer !== null ? (
          viewer
        ) : pressed && blocked !== null ? (
          blocked
        ) : test.isPending ? (
          ''
        ) : result ? (
          result.ok ? (
            intl.formatMessage({ id: 'editors.channel.sent' }, { ms: result.ms })
          ) : (
            <TestSaid
              said={{
                ok: false,
                text: notSent,
                error: {
                  raw: result.error,
                  url: urlOf(channel),
                  said: codedErrorWords(result.errorCode, result.error, words),
                },
              }}
            />
          )
        ) : test.error ? (
          <TestSaid said={{ ok: false, text: notSent, error: { raw: apiErrorWords(test.error, words) } }} />
        ) : (
          ''
        )}
      </span>
    </div>
  );
}
