// @vitest-environment happy-dom
/**
 * An option typed as text, as a person types it: a list keeps what was typed (a trailing comma
 * too) while it means the same value, a text option goes through its own reading, and an emptied
 * box leaves the option out so its default applies.
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';

import { CHANNEL_FORMS } from '../../renderer/src/settings/channels/forms';
import { OptionInput } from '../../renderer/src/settings/options/OptionInput';
import type { OptionSpec } from '../../renderer/src/settings/options/spec';
import { CHANNEL_OPTIONS } from '../../shared/settings/channel-options';
import { renderInEnglish } from './in-english';

afterEach(cleanup);

const specOf = (type: 'email' | 'telegram', name: string): OptionSpec =>
  CHANNEL_FORMS[type].fields.find((f) => f.path[0] === name)!;

/** The option in a form that keeps its value, as the page does; `seen` is every value it gave. */
function Option({ type, name, seen }: { type: 'email' | 'telegram'; name: string; seen: unknown[] }) {
  const [value, setValue] = useState<unknown>(undefined);
  return (
    <OptionInput
      schema={CHANNEL_OPTIONS[type]}
      spec={specOf(type, name)}
      value={value}
      error={undefined}
      required={false}
      onChange={(v) => {
        seen.push(v);
        setValue(v);
      }}
    />
  );
}

describe('an option typed as text', () => {
  it('a list keeps a trailing comma as typed and gives one address, then a list of them', async () => {
    const user = userEvent.setup();
    const seen: unknown[] = [];
    renderInEnglish(<Option type="email" name="to" seen={seen} />);
    const box = screen.getByRole('textbox') as HTMLInputElement;
    expect(box.getAttribute('spellcheck')).toBe('false');
    await user.type(box, 'me@example.org,');
    expect(box.value).toBe('me@example.org,');
    expect(seen.at(-1)).toBe('me@example.org');
    await user.type(box, ' you@example.org');
    expect(seen.at(-1)).toEqual(['me@example.org', 'you@example.org']);
  });

  it('a text option is read its own way, and an emptied one is left out', async () => {
    const user = userEvent.setup();
    const seen: unknown[] = [];
    renderInEnglish(<Option type="telegram" name="chatId" seen={seen} />);
    const box = screen.getByRole('textbox') as HTMLInputElement;
    await user.type(box, '-100123');
    expect(seen.at(-1)).toBe(-100123);
    expect(box.value).toBe('-100123');
    await user.clear(box);
    expect(seen.at(-1)).toBeUndefined();
    expect(box.value).toBe('');
  });
});
