/**
 * The REST routes, derived from the contract: one route per method at API_BASE + its path,
 * GET with the input as the query string, POST/PUT with it as a JSON body, both validated
 * by the method's own zod schema; its output schema documents the answer in OpenAPI. A
 * refusal a handler answers as a value (a settings write with bad fields) goes out as the
 * method's refusal status (422) with the field errors. Export is the one route that also
 * answers as a file (a browser following a link).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod/mini';

import {
  API_BASE,
  API_METHODS,
  type ApiHandlers,
  type ApiMethod,
  api,
  type CallContext,
} from '../../../shared/contract';
import { described } from '../../../shared/contract/described';
import type { Clock } from '../clock';
import { inEnglish } from '../reason';
import { type Access, dangerReason } from './access/guards';
import type { RefusalLog } from './audit/refusals';
import { actorOf } from './door/auth-hook';
import { readCookie } from './sessions/cookies';

/** What the contract routes need besides the handlers: the clock of the 5-minute rule, and the CLI's host proof. */
export interface ContractRouteOptions {
  clock: Pick<Clock, 'now'>;
  onHost: (req: FastifyRequest) => boolean;
  /** The random id of the session a cookie opens (sessions.ts sidOf), to mark the caller's own. */
  sidOf: (cookie: string | undefined) => string | null;
  /** This request's session was confirmed at this host within 5 minutes (host-link.ts, ipwatch open). */
  hostConfirmed: (req: FastifyRequest) => boolean;
  /** A dangerous change refused, to the audit log (refusals.ts); absent: not written. */
  refusals?: RefusalLog;
}

/** Who a guarded request acts for, for the handlers: the audit log's actor and the dangerous-change rule. */
function contextOf(req: FastifyRequest, o: ContractRouteOptions, method: ApiMethod): CallContext {
  const who = req.principal;
  // Only the OpenAPI document's own instance calls without the door; it never runs a handler.
  if (!who) throw new Error('a contract route ran without a principal');
  return {
    actor: actorOf(who),
    dangerous: (changes) => {
      const asker = who.via === 'session' ? { ...who, confirmedOnHost: o.hostConfirmed(req) } : who;
      const coded = dangerReason(asker, changes, o.clock.now(), who.via === 'token' && o.onHost(req));
      if (!coded) return null;
      const why = inEnglish(coded);
      o.refusals?.refused(actorOf(who), method, why, coded);
      return why;
    },
    // A bearer token acts as itself even when a cookie rides along: only a session's caller has one.
    sid: who.via === 'session' ? o.sidOf(readCookie(req, 'session')) : null,
    role: who.role,
  };
}

const TAGS: Partial<Record<ApiMethod, string>> = {
  getSettings: 'settings',
  saveSettings: 'settings',
  getChannels: 'notifications',
  getOutbox: 'notifications',
  getHeldNotices: 'notifications',
  getQuiet: 'notifications',
  setQuiet: 'notifications',
  testChannel: 'notifications',
  testSource: 'monitor',
  getHistory: 'history',
  getStats: 'history',
  getInsight: 'history',
  getRecentEvents: 'history',
  exportHistory: 'history',
  backup: 'history',
  restore: 'history',
  importHistory: 'history',
  getAudit: 'audit',
  listSessions: 'session',
  revokeSession: 'session',
};

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Field-level problems of the input, when it was invalid. */
    issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
});

type Issue = { path: string; message: string };
const isRefusal = (out: unknown): out is { ok: false; errors: Issue[] } =>
  typeof out === 'object' && out !== null && (out as { ok?: unknown }).ok === false;

/** A refusal the handler answered as a value, as the error it is over HTTP (`issues`: each field and why). */
function refuse(reply: FastifyReply, refusal: { status: number; code: string }, issues: Issue[]) {
  const message = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return reply.code(refusal.status).send({ error: { code: refusal.code, message, issues } });
}

/** Sends an export as a download unless the caller asked for the contract's JSON. */
function sendExport(req: FastifyRequest, reply: FastifyReply, file: { filename: string; mime: string; body: string }) {
  if ((req.headers.accept ?? '').includes('application/json')) return file;
  return reply
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .type(file.mime)
    .serializer((body: unknown) => String(body))
    .send(file.body);
}

/** The access a contract method needs (guards.ts): a change, a request sent outside, an admin's read, or a read. */
export const accessOfMethod = (def: { mutates: boolean; acts?: true; adminOnly?: true }): Access =>
  def.mutates ? 'write' : def.acts ? 'act' : def.adminOnly ? 'see' : 'read';

/** The role a method needs, in its OpenAPI description. */
const ROLE_WORDS: Record<Access, string> = {
  write: 'Role: admin (a change).',
  act: 'Role: admin (sends or spends a request outside).',
  see: 'Role: admin (a read only an admin may see).',
  read: 'Role: admin or viewer (reads or changes nothing).',
  metrics: 'Role: any (metrics, viewer or admin).',
  public: 'Role: none (anyone may call it).',
};

export function registerContractRoutes(app: FastifyInstance, handlers: ApiHandlers, o: ContractRouteOptions): void {
  for (const name of API_METHODS) {
    const def = api[name];
    const hasInput = def.input._zod.def.type !== 'undefined';
    const where = def.http.method === 'GET' ? 'querystring' : 'body';
    const call = handlers[name] as (input: unknown, ctx: CallContext) => Promise<unknown>;
    app.route({
      method: def.http.method,
      url: `${API_BASE}${def.http.path}`,
      // A viewer may call what changes nothing and sends nothing out; a test or a check now is an admin's.
      config: { access: accessOfMethod(def), contractMethod: name },
      schema: {
        operationId: name,
        summary: def.summary,
        // The role it needs (auth-hook.ts, guards.ts), in the OpenAPI document.
        description: ROLE_WORDS[accessOfMethod(def)],
        tags: [TAGS[name] ?? 'monitor'],
        security: [{ bearer: [] }, { session: [] }],
        ...(hasInput ? { [where]: def.input } : {}),
        response: def.refusal
          ? {
              200: def.refusal.accepted,
              [def.refusal.status]: described(errorSchema, `refused (${def.refusal.code}); nothing changed`),
              '4xx': errorSchema,
            }
          : { 200: def.output, '4xx': errorSchema },
      },
      handler: async (req, reply) => {
        const input = hasInput ? (where === 'querystring' ? req.query : req.body) : undefined;
        const out = await call(input, contextOf(req, o, name));
        if (def.refusal && isRefusal(out)) return refuse(reply, def.refusal, out.errors);
        if (name === 'exportHistory') return sendExport(req, reply, out as Parameters<typeof sendExport>[2]);
        return out;
      },
    });
  }
}
