/**
 * One settings panel (the channels, the sources, Discord) alone, on a draft it edits as the
 * Settings page would, with the fake engine behind it: a test reads `draft()` after the clicks.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { type ReactNode, useState } from 'react';

import { createConnection } from '../../renderer/src/api/connection';
import { EngineProvider } from '../../renderer/src/api/engine';
import { createEventLog } from '../../renderer/src/api/event-log';
import type { Client } from '../../renderer/src/api/types';
import { newQueryClient } from '../../renderer/src/App';
import { I18nProvider, type Words } from '../../renderer/src/i18n/I18n';
import { draftErrors } from '../../renderer/src/settings/draft-errors';
import type { FormCtx } from '../../renderer/src/settings/fields';
import { setAt } from '../../renderer/src/settings/schema-walk';
import { maskSecrets } from '../../shared/contract/settings';
import { defaultSettings } from '../../shared/settings';
import type { fakeEngine } from './fake-engine';
import { ENGLISH } from './in-words';

/** Settings as a read returns them: defaults under `over`, every secret as a marker. */
export function storedView(over: (s: Record<string, unknown>) => Record<string, unknown>): Record<string, unknown> {
  return maskSecrets(over(defaultSettings() as unknown as Record<string, unknown>)).settings as Record<string, unknown>;
}

/** `words` fixes the panel's language (English unless told: the pseudo-language, German...). */
export function renderPanel(
  fake: ReturnType<typeof fakeEngine>,
  saved: Record<string, unknown>,
  panel: (ctx: FormCtx) => ReactNode,
  /** The words the panel speaks: English unless given (German, Indonesian, the pseudo-language). */
  words: Words = ENGLISH,
) {
  let current: Record<string, unknown> = saved;
  function Harness() {
    const [draft, setDraft] = useState(saved);
    current = draft;
    const ctx: FormCtx = {
      draft,
      saved,
      errors: draftErrors(draft, saved),
      set: (path, value) => setDraft((d) => setAt(d, path, value)),
    } as FormCtx;
    return <>{panel(ctx)}</>;
  }
  const engine = {
    client: fake.client as Client,
    connection: createConnection('connected'),
    http: null,
    events: createEventLog(),
  };
  const view = render(
    <QueryClientProvider client={newQueryClient()}>
      <EngineProvider engine={engine}>
        <I18nProvider fixed={words}>
          <Harness />
        </I18nProvider>
      </EngineProvider>
    </QueryClientProvider>,
  );
  return { ...view, draft: () => current };
}
