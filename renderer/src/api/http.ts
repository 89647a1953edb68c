/**
 * The browser's adapter: each contract method is one HTTP call under /api/v1 (methods.ts), and
 * engine events arrive as server-sent events. Auth is an HttpOnly cookie the server sets after
 * `signIn(token)`; the token itself is never kept by the page.
 */
import type { Connection } from './connection';
import { CLIENT_METHODS, ROUTES, toQuery } from './methods';
import {
  NO_ANSWER,
  NO_ANSWER_WORDS,
  type SignInRefusal,
  tooManySignIns,
  tooManySignInsWords,
  WRONG_TOKEN,
  WRONG_TOKEN_WORDS,
} from './sign-in-words';
import type { ApiEvent, Client } from './types';

/** Every live event type; a Record, so a type added to the contract fails the build until listed. */
const EVENT_TYPE_SET: Record<ApiEvent['type'], true> = {
  check: true,
  change: true,
  offline: true,
  online: true,
  clockStep: true,
  'source-health': true,
  cgnat: true,
  nat: true,
  monitoring: true,
  'ddns-state': true,
  deliveries: true,
  sites: true,
};
const EVENT_TYPES = Object.keys(EVENT_TYPE_SET);

/**
 * A call the API refused or failed, or no answer (`status` 0). `message` is the API's English, as
 * it was; the page says it in its own language from the rest (api-error-words.ts).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The API's error code (`error.code`: `forbidden`, `internal`...), when its body had one. */
    readonly code: string | null = null,
    /** The API's own sentence (`error.message`), when its body had one. */
    readonly said: string | null = null,
  ) {
    super(message);
  }
}

export interface HttpClient extends Client {
  /** Trades the API token for the session cookie; false when the server refused it. */
  /** A refusal in English (`error`), and as a message of the catalogue when it is one of ours (`refusal`). */
  signIn(token: string): Promise<{ ok: true } | { ok: false; error: string; refusal?: SignInRefusal }>;
  /** True when the cookie is still good. */
  hasSession(): Promise<boolean>;
  /** Ends the session (the server clears the cookie); the page shows the sign-in form. */
  signOut(): Promise<void>;
  /** Where the browser downloads an export from (the cookie authenticates it). */
  exportUrl(format: 'csv' | 'json'): string;
  /** Who this page acts for (name, role, how they signed in); null when unknown or signed out. */
  whoAmI(): Promise<SignedInAs | null>;
  /** The sign-ins this server offers besides the token; none when it cannot be asked. */
  signInMethods(): Promise<{ discord: boolean }>;
  /** Ends every session of the signed-in person (every browser), then this page signs out. */
  signOutEverywhere(): Promise<void>;
}

export interface SignedInAs {
  name: string;
  role: 'admin' | 'viewer' | 'metrics';
  via: 'token' | 'session';
}

/** Where a browser starts sign-in with Discord (a full page navigation: Discord sends it back). */
export const DISCORD_SIGN_IN_PATH = '/api/v1/session/discord';

export interface HttpOptions {
  connection: Connection;
  base?: string;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
  /** Delay before a closed event stream is opened again, ms. */
  reopenMs?: number;
}

/** An error body as the API answers it: `{ error: { code, message, issues } }`. */
interface ErrorBody {
  error?: { code?: unknown; message?: unknown; issues?: { path: string; message: string }[] };
}

/** The refusal's English (its message and each field's issue), its code and its own sentence. */
async function errorOf(res: Response): Promise<{ text: string; code: string | null; said: string | null }> {
  try {
    const body = (await res.json()) as ErrorBody;
    const issues = (body.error?.issues ?? []).map((i) => `${i.path}: ${i.message}`);
    const message = body.error?.message;
    return {
      text: [String(message ?? res.statusText), ...issues].join('; '),
      code: typeof body.error?.code === 'string' ? body.error.code : null,
      said: typeof message === 'string' && message !== '' ? message : null,
    };
  } catch {
    return { text: res.statusText || `HTTP ${res.status}`, code: null, said: null };
  }
}

const errorText = async (res: Response): Promise<string> => (await errorOf(res)).text;

/**
 * A refusal the contract answers as a value (a settings write with bad fields: HTTP 422), turned
 * back into that value, `{ ok: false, errors }`, as IPC gives it, so the page shows each error
 * beside its field whatever the transport.
 */
async function refusalOf(res: Response): Promise<{ ok: false; errors: { path: string; message: string }[] } | null> {
  try {
    const body = (await res.json()) as { error?: { issues?: unknown } };
    const issues = body.error?.issues;
    return Array.isArray(issues) && issues.length > 0
      ? { ok: false, errors: issues as { path: string; message: string }[] }
      : null;
  } catch {
    return null;
  }
}

/** The live event stream: one EventSource while anyone listens, opened anew after the server closed it. */
function createEventStream(opts: {
  ES: typeof EventSource | undefined;
  base: string;
  connection: Connection;
  reopenMs: number;
  /** Asked before a closed stream is opened again: is the session still good? */
  hasSession: () => Promise<boolean>;
}) {
  const { ES, base, connection, reopenMs } = opts;
  const listeners = new Set<(e: ApiEvent) => void>();
  let source: EventSource | null = null;
  let reopen: ReturnType<typeof setTimeout> | null = null;

  const deliver = (m: MessageEvent<string>) => {
    let event: ApiEvent;
    try {
      event = JSON.parse(m.data) as ApiEvent;
    } catch {
      return;
    }
    for (const l of [...listeners]) l(event);
  };

  function open(): void {
    if (!ES || source) return;
    const es = new ES(`${base}/api/v1/events`, { withCredentials: true });
    source = es;
    es.onopen = () => connection.set('connected');
    // The server names each event (`event: change`); an unnamed one would arrive as "message".
    for (const type of EVENT_TYPES) es.addEventListener(type, deliver as EventListener);
    es.onmessage = deliver;
    es.onerror = () => {
      linkLost(connection);
      // CONNECTING: the browser retries by itself. CLOSED (an error status): open anew later,
      // after asking whether the session is still good.
      if (es.readyState !== 2) return;
      es.close();
      source = null;
      reopen = setTimeout(() => {
        reopen = null;
        void opts.hasSession().then(
          (ok) => ok && listeners.size > 0 && open(),
          () => undefined,
        );
      }, reopenMs);
    };
  }

  return {
    subscribe(listener: (e: ApiEvent) => void) {
      listeners.add(listener);
      open();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
          if (reopen) clearTimeout(reopen);
        }
      };
    },
    /** After a sign-in: the listeners waiting get their stream. */
    resume: () => listeners.size > 0 && open(),
    close() {
      source?.close();
      source = null;
    },
  };
}

/**
 * No answer, or a proxy's 502-504: the link is down. A lost link says nothing about a session, so
 * the sign-in form stays (with its error) rather than giving way to an empty, unreachable shell.
 */
function linkLost(connection: Connection): void {
  if (connection.get() !== 'signed-out') connection.set('disconnected');
}

/** The token sign-in: the session cookie comes back on success; a refusal in words. */
async function signInWithToken(
  o: { doFetch: typeof fetch; base: string; connection: HttpOptions['connection']; resume: () => unknown },
  token: string,
) {
  try {
    const res = await o.doFetch(`${o.base}/api/v1/session`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    if (res.ok) {
      o.connection.set('connected');
      o.resume();
      return { ok: true as const };
    }
    if (res.status === 401) return { ok: false as const, error: WRONG_TOKEN_WORDS, refusal: WRONG_TOKEN };
    if (res.status === 429) {
      const wait = res.headers.get('retry-after');
      return { ok: false as const, error: tooManySignInsWords(wait), refusal: tooManySignIns(wait) };
    }
    return { ok: false as const, error: await errorText(res) };
  } catch {
    linkLost(o.connection);
    return {
      ok: false as const,
      error: `Sign-in failed: ${NO_ANSWER_WORDS}.`,
      refusal: NO_ANSWER,
    };
  }
}

export function createHttpClient(opts: HttpOptions): HttpClient {
  const { connection, base = '', reopenMs = 1000 } = opts;
  const doFetch = opts.fetch ?? fetch.bind(globalThis);

  async function call(method: keyof typeof ROUTES, input: unknown): Promise<unknown> {
    const { verb, path } = ROUTES[method];
    let res: Response;
    try {
      res = await doFetch(base + path + (verb === 'GET' ? toQuery(input) : ''), {
        method: verb,
        credentials: 'same-origin',
        headers: verb === 'GET' ? { accept: 'application/json' } : { 'content-type': 'application/json' },
        body: verb === 'GET' ? undefined : JSON.stringify(input ?? {}),
      });
    } catch {
      linkLost(connection);
      // The browser's own reason ("Failed to fetch") says nothing more, so it is left out.
      throw new ApiError(0, NO_ANSWER_WORDS);
    }
    if (res.status === 401) {
      connection.set('signed-out');
      throw new ApiError(401, 'signed out');
    }
    if (res.status >= 502 && res.status <= 504) linkLost(connection);
    else connection.set('connected');
    if (!res.ok) {
      const refused = ROUTES[method].refusal === res.status ? await refusalOf(res.clone()) : null;
      if (refused) return refused;
      const { text, code, said } = await errorOf(res);
      throw new ApiError(res.status, text, code, said);
    }
    return res.status === 204 ? undefined : res.json();
  }

  async function hasSession() {
    try {
      const res = await doFetch(`${base}/api/v1/session`, { credentials: 'same-origin' });
      if (res.ok || res.status === 401) connection.set(res.ok ? 'connected' : 'signed-out');
      else linkLost(connection);
      return res.ok;
    } catch {
      linkLost(connection);
      return false;
    }
  }

  const events = createEventStream({
    ES: opts.EventSource ?? globalThis.EventSource,
    base,
    connection,
    reopenMs,
    hasSession,
  });
  const methods = Object.fromEntries(CLIENT_METHODS.map((m) => [m, (input?: unknown) => call(m, input)]));
  const client = {
    ...methods,
    subscribe: events.subscribe,
    signIn: (token: string) => signInWithToken({ doFetch, base, connection, resume: events.resume }, token),
    hasSession,
    async signOut() {
      await doFetch(`${base}/api/v1/session`, { method: 'DELETE', credentials: 'same-origin' }).catch(() => undefined);
      events.close();
      connection.set('signed-out');
    },
    exportUrl: (format: 'csv' | 'json') => `${base}${ROUTES.exportHistory.path}?format=${format}`,
    async whoAmI() {
      const res = await doFetch(`${base}/api/v1/session/me`, { credentials: 'same-origin' }).catch(() => null);
      return res?.ok ? ((await res.json()) as SignedInAs) : null;
    },
    async signInMethods() {
      const res = await doFetch(`${base}/api/v1/session/methods`, { credentials: 'same-origin' }).catch(() => null);
      const body = res?.ok ? ((await res.json()) as { discord?: unknown }) : null;
      return { discord: body?.discord === true };
    },
    async signOutEverywhere() {
      await doFetch(`${base}/api/v1/session/sign-out-everywhere`, { method: 'POST', credentials: 'same-origin' }).catch(
        () => undefined,
      );
      events.close();
      connection.set('signed-out');
    },
  };
  return client as unknown as HttpClient;
}
