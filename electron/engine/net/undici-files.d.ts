/**
 * The two files of undici 7 that net/undici.ts loads instead of the package entry (which would
 * also load Node's internal undici): CommonJS modules whose `module.exports` is the Agent class
 * and the `request` method, typed from undici's own declarations.
 */
declare module 'undici/lib/dispatcher/agent.js' {
  import type { Agent } from 'undici';

  const AgentClass: typeof Agent;
  export default AgentClass;
}

declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici';

  const request: (this: Dispatcher, opts: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;
  export default request;
}
