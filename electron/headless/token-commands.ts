/**
 * `ipwatch token create|list|revoke|rotate` (issue 50): the API's scoped tokens, in the data
 * folder's api-tokens.json (electron/engine/api/tokens/token-file.ts). The CLI writes that file itself,
 * whether or not a runner is running: the runner polls it and takes a change within 2 s (a new
 * token works at its first request, since an unknown token makes the runner check the file
 * again), and writes the change to its audit log. With no runner running, the CLI writes the
 * audit row itself. A new or rotated token's value is printed once and kept nowhere.
 */
import { type Command, Option } from 'commander';

import { ROLES, type Role } from '../engine/api/access/principal';
import {
  createToken,
  dropLegacyFile,
  readTokensUsed,
  revokeToken,
  rotateToken,
  type StoredToken,
  type TokenChange,
  tokensWithMigration,
  withTokensLock,
  writeTokens,
} from '../engine/api/tokens/token-file';
import { SETTINGS_TOKEN_ID, tokenDetail } from '../engine/api/tokens/tokens';
import { DataLockedError } from '../engine/store/data-lock';
import { commandAction, UsageError } from './cli-errors';
import { type OpenStore, requireDataFolder, withStore } from './with-store';

export interface TokenCommandsContext {
  dataDir(): string;
  /** Whether settings.json gives `api.token` (then it stays an admin token, managed there). */
  settingsToken(): Promise<boolean>;
  /** Today's token (DATA_DIR/api-token, made there when missing): read only to migrate it. */
  legacy(): Promise<string>;
  open: OpenStore;
  out?: (text: string) => void;
}

const when = (ms: number | undefined) => (ms === undefined ? 'never' : new Date(ms).toISOString());

/** Pure: the list as a person reads it. */
export function formatTokens(tokens: StoredToken[], used: Record<string, number>, settingsToken: boolean): string {
  const rows = tokens.map((t) => [t.id, t.name, t.role, when(t.createdAt), when(used[t.id])]);
  if (settingsToken)
    rows.push(['-', SETTINGS_TOKEN_ID, 'admin', 'set in settings.json', when(used[SETTINGS_TOKEN_ID])]);
  if (!rows.length)
    return 'no API tokens; make one with: ipwatch token create --name NAME --role admin|viewer|metrics\n';
  const head = ['ID', 'NAME', 'ROLE', 'CREATED', 'LAST USED'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[head, ...rows].map(line).join('\n')}\n`;
}

export function registerTokenCommands(program: Command, ctx: TokenCommandsContext): void {
  const out = ctx.out ?? ((t: string) => void process.stdout.write(t));
  const json = (cmd: Command) => cmd.optsWithGlobals<{ json?: boolean }>().json === true;
  /** `held`: inside withTokensLock (a change), so the first migration does not take the lock again. */
  const load = async (held = false) => {
    await requireDataFolder(ctx.dataDir());
    const fromSettings = await ctx.settingsToken();
    const legacy = () => (fromSettings ? Promise.resolve(null) : ctx.legacy());
    return tokensWithMigration(ctx.dataDir(), legacy, Date.now(), held);
  };
  /** Writes a change, audits it when no runner is running (a running one audits what it reads), prints it. */
  const apply = async (change: TokenChange, action: string, cmd: Command, before?: StoredToken) => {
    if (!change.ok) throw new UsageError(change.error);
    await writeTokens(ctx.dataDir(), change.tokens);
    if (before) await dropLegacyFile(ctx.dataDir(), before);
    await auditHere(ctx.open, action, change.token);
    const t = change.token;
    if (json(cmd)) return out(`${JSON.stringify({ id: t.id, name: t.name, role: t.role, value: change.value })}\n`);
    const what = { 'token.create': 'created', 'token.rotate': 'rotated', 'token.revoke': 'revoked' }[action];
    out(`${what} token ${t.name} (${t.role}, id ${t.id})\n`);
    if (change.value) out(`its value, shown this once (keep it now; only its hash is kept):\n${change.value}\n`);
  };

  const token = program.command('token').description('the API tokens: create, list, revoke, rotate');
  token
    .command('create')
    .description('make a token for a role; its value is shown once')
    .requiredOption('--name <name>', 'what it is for: grafana, home-assistant (letters, digits, . _ -)')
    .addOption(new Option('--role <role>', 'what it may do').choices(ROLES).makeOptionMandatory())
    .option('--json', 'print JSON')
    .action(
      commandAction(async (o: { name: string; role: Role }, cmd: Command) => {
        await requireDataFolder(ctx.dataDir());
        await withTokensLock(ctx.dataDir(), async () =>
          apply(createToken(await load(true), o.name, o.role, Date.now()), 'token.create', cmd),
        );
      }),
    );
  token
    .command('list')
    .description('the tokens, with when each was last used (never the values)')
    .option('--json', 'print JSON')
    .action(
      commandAction(async (_o: unknown, cmd: Command) => {
        const tokens = await load();
        const used = await readTokensUsed(ctx.dataDir());
        const settings = await ctx.settingsToken();
        if (!json(cmd)) return out(formatTokens(tokens, used, settings));
        const list = tokens.map(({ id, name, role, createdAt }) => ({
          id,
          name,
          role,
          createdAt,
          lastUsedAt: used[id] ?? null,
        }));
        out(`${JSON.stringify(list, null, 2)}\n`);
      }),
    );
  for (const [name, action, words] of [
    ['revoke', 'token.revoke', 'end a token at once (by id or name)'],
    ['rotate', 'token.rotate', 'give a token a new value (shown once); the old one stops working'],
  ] as const)
    token
      .command(`${name} <id-or-name>`)
      .description(words)
      .option('--json', 'print JSON')
      .action(
        commandAction(async (which: string, _o: unknown, cmd: Command) => {
          if (which === SETTINGS_TOKEN_ID)
            throw new UsageError('api.token is set in settings.json: change or remove it there');
          await requireDataFolder(ctx.dataDir());
          await withTokensLock(ctx.dataDir(), async () => {
            const tokens = await load(true);
            const change = name === 'revoke' ? revokeToken(tokens, which) : rotateToken(tokens, which, Date.now());
            await apply(change, action, cmd, change.ok ? tokens.find((t) => t.id === change.token.id) : undefined);
          });
        }),
      );
}

/** The audit row, when the CLI holds the data folder; a running runner writes it itself when it reads the change. */
async function auditHere(open: OpenStore, action: string, token: StoredToken): Promise<void> {
  try {
    await withStore(open, { mode: 'write', role: `token ${action.split('.')[1]}` }, async (store) =>
      store.audit({ actor: 'cli (on this host)', action, ...tokenDetail(token), result: 'applied' }),
    );
  } catch (err) {
    if (!(err instanceof DataLockedError)) throw err;
  }
}
