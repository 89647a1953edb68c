/**
 * What signs API requests in, made at the API's start (issue 50): the scoped tokens
 * (tokens.ts; today's token migrated into them), the browser sessions (sessions.ts), and this
 * run's host proof for the CLI (host-proof.ts) and the host links `ipwatch open` asks for with it
 * (host-link.ts). One close ends them all.
 */
import type { ApiSettings } from '../../../shared/settings/api';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Redactor } from '../secrets/redact';
import type { SecretSource } from '../secrets/resolve';
import { auditSessionsEnded } from './door/auth-hook';
import { createHostLinks, type HostLinks } from './host-proof/host-link';
import { createHostProof, type HostProof } from './host-proof/host-proof';
import { createSessionStore, sessionMaxAgeMs, type SessionStore } from './sessions/sessions';
import { loadApiToken } from './tokens/auth';
import { TOKENS_FILE } from './tokens/token-file';
import { type AuditWrite, createTokenStore, TOKEN_SESSION, type TokenStore } from './tokens/tokens';

export interface ApiAuth {
  tokens: TokenStore;
  sessions: SessionStore;
  hostProof: HostProof;
  /** One-time links that confirm a browser at this host (ipwatch open), in memory only. */
  hostLinks: HostLinks;
  /** Where the tokens come from, for the log: never a value. */
  from: string;
  close(): Promise<void>;
}

export async function openApiAuth(o: {
  dataDir: string | null;
  api: Pick<ApiSettings, 'token' | 'sessionHours'>;
  secrets: SecretSource;
  clock: Clock;
  logger: Logger;
  redactor?: Redactor;
  audit: AuditWrite;
}): Promise<ApiAuth> {
  if (o.dataDir === null && o.api.token === undefined)
    throw new Error('api.token must be set when there is no data folder to keep tokens in');
  const fromSettings = o.api.token === undefined ? null : await loadApiToken('', o.api.token, o.secrets);
  if (fromSettings) o.redactor?.add([fromSettings.value]);
  // The token store is made after the sessions (its `ended` ends them); a sign-in comes only after both.
  const made: { tokens?: TokenStore } = {};
  const sessions = await createSessionStore({
    dataDir: o.dataDir,
    clock: o.clock,
    logger: o.logger,
    maxAgeMs: sessionMaxAgeMs(o.api.sessionHours),
    tokenMark: (id) => made.tokens?.markOf(id) ?? null,
  });
  const tokens = await createTokenStore({
    dataDir: o.dataDir,
    settingsToken: fromSettings?.value ?? null,
    // Read (or made, on a new folder) only when the tokens file does not exist yet.
    legacy: async () => {
      if (fromSettings) return null;
      const made = await loadApiToken(o.dataDir!, undefined, o.secrets);
      o.redactor?.add([made.value]);
      return made.value;
    },
    clock: o.clock,
    logger: o.logger,
    audit: o.audit,
    // A revoked, rotated or re-roled token's browser sessions end with it (issue 50).
    ended: async (t, why) => {
      const n = await sessions.revokeAll(`${TOKEN_SESSION}${t.id}`);
      if (n === 0) return;
      auditSessionsEnded(o.audit, t, why, n);
    },
  });
  made.tokens = tokens;
  const hostProof = await createHostProof(o.dataDir);
  const from = [fromSettings?.from, o.dataDir === null ? null : TOKENS_FILE].filter(Boolean).join(' and ');
  return {
    tokens,
    sessions,
    hostProof,
    hostLinks: createHostLinks(o.clock),
    from,
    async close() {
      await Promise.allSettled([tokens.close(), sessions.flush(), hostProof.close()]);
    },
  };
}
