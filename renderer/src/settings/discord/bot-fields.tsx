/**
 * The fields every bot's form has alike, the first bot's (DiscordPanel.tsx) and each further
 * one's (BotList.tsx): its write-only token and its rate limits, their labels and help read from
 * the bot's schema (shared/settings/discord.ts).
 */
import type * as z from 'zod/v4/core';

import { useTranslator } from '../../i18n/I18n';
import { type FormCtx, LeafField } from '../fields';
import { optionMeta, optionSchema } from '../options/option-schema';
import { getAt, type Path, pathKey } from '../schema-walk';
import { SecretInput } from '../SecretInput';

/** The bot's token at `base`.token: typed once, never shown back (the stored one is only said to be set). */
export function BotTokenInput({ ctx, schema, base }: { ctx: FormCtx; schema: z.$ZodType; base: Path }) {
  const words = useTranslator();
  const token = optionMeta(schema, ['token'], words);
  const tokenPath = [...base, 'token'];
  return (
    <SecretInput
      label={token.label}
      help={token.help}
      error={ctx.errors.get(pathKey(tokenPath))}
      placeholder="MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.…"
      value={getAt(ctx.draft, tokenPath)}
      stored={getAt(ctx.saved, tokenPath)}
      onChange={(v) => ctx.set(tokenPath, v)}
      cleared={null}
    />
  );
}

/** The bot's rate limits at `base`.rateLimit: how long a member waits between two /check, two /export. */
export function RateLimitFields({ ctx, schema, base }: { ctx: FormCtx; schema: z.$ZodType; base: Path }) {
  return (
    <>
      {(['checkSec', 'exportSec'] as const).map((k) => (
        <LeafField
          key={k}
          schema={optionSchema(schema, ['rateLimit', k])!}
          path={[...base, 'rateLimit', k]}
          ctx={ctx}
        />
      ))}
    </>
  );
}
