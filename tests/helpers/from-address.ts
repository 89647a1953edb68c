/**
 * Requests from a chosen loopback address (127.0.0.0/8 is all this host's on Linux): the API's
 * limits are per client address, so a test can be two clients at once.
 */
import { Agent, fetch as undiciFetch } from 'undici';

export interface AddressClient {
  fetch(
    url: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string; redirect?: 'manual' | 'follow' },
  ): Promise<Response>;
  close(): Promise<void>;
}

export function fromAddress(localAddress: string): AddressClient {
  const agent = new Agent({ localAddress });
  return {
    fetch: (url, init = {}) => undiciFetch(url, { ...init, dispatcher: agent }) as unknown as Promise<Response>,
    close: () => agent.close(),
  };
}
