/**
 * The shared contract's operations in the app, over the runtime. Each method of
 * shared/contract.ts needs one here (ApiHandlers makes the compiler check it); the IPC
 * layer validates inputs before they arrive.
 */
import type { Runtime } from '../engine/runtime';
import type { ApiHandlers } from './ipc';

export function createAppApi(runtime: Runtime): ApiHandlers {
  return {
    getStatus: async () => runtime.status(),
    checkNow: () => runtime.engine.checkNow('manual'),
    testChannel: ({ channelId }) => runtime.testChannel(channelId),
  };
}
