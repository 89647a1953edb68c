// @vitest-environment happy-dom
/**
 * A channel the engine refused (a repeated id, an unknown type) says why in the page's language
 * (issue 62): the Dashboard's channel list and the Settings row, from the status's reason code;
 * the English field when the code is one this page does not know.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { Words } from '../../renderer/src/i18n/I18n';
import { ChannelsList } from '../../renderer/src/pages/channels-list';
import { channelRowState } from '../../renderer/src/settings/item-states';
import { de } from '../../shared/i18n/catalogues/de';
import { id } from '../../shared/i18n/catalogues/id';
import { english, translator } from '../../shared/i18n/translators';
import type { ChannelStatus } from '../../shared/notify-types';
import { reason } from '../../shared/reason';
import { reasonWords } from '../../shared/words/reason';
import { pseudoTranslator, pseudoWords, unmarkedText } from '../helpers/pseudo-language';
import { fakeEngine, status } from './fake-engine';
import { renderPanel, storedView } from './form-harness';
import { ENGLISH } from './in-words';

afterEach(cleanup);

const duplicate = reason('reason.channel.duplicateId', { id: 'ops' });
const refused: ChannelStatus = {
  ...status().notifications[0]!,
  id: 'ops',
  type: 'slack',
  state: 'invalid',
  reason: reasonWords(duplicate, english),
  reasonCode: duplicate,
};

/** The Dashboard's channel list alone, in `words` (the form harness gives it the engine and the language). */
const list = (words: Words) =>
  renderPanel(
    fakeEngine(),
    storedView((x) => x),
    () => <ChannelsList channels={[refused]} now={Date.now()} />,
    words,
  );

describe("a refused channel's reason", () => {
  it('on the Dashboard in German and Indonesian', () => {
    list({ language: 'de', messages: de });
    expect(screen.getByText('Doppelte Kanal-ID „ops“: Nur der erste Kanal wird verwendet.')).toBeTruthy();
    cleanup();
    list({ language: 'id', messages: id });
    expect(screen.getByText('ID kanal “ops” ganda: hanya kanal pertama yang digunakan.')).toBeTruthy();
  });

  it('in English, as before, and marked in the pseudo-language', () => {
    list(ENGLISH);
    expect(screen.getByText('Duplicate channel id "ops": only the first one is used.')).toBeTruthy();
    cleanup();
    const { container } = list(pseudoWords());
    expect(container.textContent).not.toContain('duplicate');
    expect(unmarkedText(container.textContent ?? '', ['ops'])).toEqual([]);
  });

  it('in the Settings row, in the pseudo-language and in German', () => {
    const pseudo = channelRowState(refused, true, true, pseudoTranslator());
    expect(unmarkedText(`${pseudo.word} ${pseudo.detail}`, ['ops'])).toEqual([]);
    expect(pseudo.detail).not.toContain('duplicate');
    expect(channelRowState(refused, true, true, translator('de')).detail).toBe(
      'doppelte Kanal-ID „ops“: Nur der erste Kanal wird verwendet',
    );
  });

  it("says the engine's English for a code this page does not know", () => {
    const future = { ...refused, reasonCode: { code: 'reason.channel.fromTheFuture', values: {} } };
    expect(channelRowState(future, true, true, translator('de')).detail).toBe(refused.reason);
  });
});

describe("a plugin channel's failure", () => {
  const said = reason('reason.plugin.said', { name: 'relay', said: 'try later' });
  const failing: ChannelStatus = {
    ...status().notifications[0]!,
    id: 'mine',
    type: 'plugin',
    state: 'failing',
    lastError: reasonWords(said, english),
    lastErrorCode: said,
    lastErrorAt: Date.now(),
    lastSentAt: null,
  };
  const failingList = (words: Words) =>
    renderPanel(
      fakeEngine(),
      storedView((x) => x),
      () => <ChannelsList channels={[failing]} now={Date.now()} />,
      words,
    );

  it('on the Dashboard in German and Indonesian, from its code', () => {
    failingList({ language: 'de', messages: de });
    expect(screen.getByTestId('channel-error').textContent).toBe('Das Plugin relay meldet: „try later“.');
    cleanup();
    failingList({ language: 'id', messages: id });
    expect(screen.getByTestId('channel-error').textContent).toBe('Plugin relay berkata: “try later”.');
  });

  it('no English left in the pseudo-language, on the Dashboard and in the Settings row', () => {
    const { container } = failingList(pseudoWords());
    expect(screen.getByTestId('channel-error').textContent).not.toContain('said');
    expect(unmarkedText(container.textContent ?? '', ['mine', 'relay', 'try later'])).toEqual([]);
    const row = channelRowState(failing, true, true, pseudoTranslator());
    expect(row.error).toBeUndefined();
    expect(unmarkedText(`${row.word} ${row.detail}`, ['relay', 'try later'])).toEqual([]);
    expect(channelRowState(failing, true, true, translator('de')).detail).toBe('das Plugin relay meldet: „try later“');
  });
});
