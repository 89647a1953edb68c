/**
 * Why the API and dashboard could not listen, in words that say what to change: the setting
 * and its IPWATCH_* variable (env.ts). Pure.
 *
 * | error code   | port       | words                                                                                      |
 * |--------------|------------|--------------------------------------------------------------------------------------------|
 * | EADDRINUSE   | any        | port 8787 is taken (by another IPWatch?): set api.port or IPWATCH_API_PORT                 |
 * | EACCES/EPERM | below 1024 | port 80 is below 1024, which only an administrator may open: set api.port or IPWATCH_API_PORT to 1024 or above |
 * | EACCES/EPERM | 1024 up    | the system does not let this user open port 8787: set api.port or IPWATCH_API_PORT to another port |
 * | anything else| any        | null: the caller says the error as it is                                                   |
 */
import { ENV_OVERRIDES } from './env';

const PORT_SETTING = 'api.port';
const PORT_ENV = ENV_OVERRIDES.find((o) => o.path.join('.') === PORT_SETTING)!.name;
const SET = `set ${PORT_SETTING} or ${PORT_ENV}`;

/** The error's code (Node's `code`), when it has one. */
const codeOf = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string'
    ? (err as { code: string }).code
    : undefined;

/** The words for a failure to listen on `port`, or null for another error (the token could not be read...). */
export function listenFailure(err: unknown, port: number): string | null {
  switch (codeOf(err)) {
    case 'EADDRINUSE':
      return `port ${port} is taken (by another IPWatch?): ${SET}`;
    case 'EACCES':
    case 'EPERM':
      return port < 1024
        ? `port ${port} is below 1024, which only an administrator may open: ${SET} to 1024 or above`
        : `the system does not let this user open port ${port}: ${SET} to another port`;
    default:
      return null;
  }
}
