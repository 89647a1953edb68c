/**
 * undici, loaded at the first HTTP request rather than with the engine: DNS and STUN sources
 * answer most checks without it, and an idle runner should not carry it. One loader, shared
 * by the sources' client and the notification channels.
 */
let undiciModule: Promise<typeof import('undici')> | undefined;

export const loadUndici = (): Promise<typeof import('undici')> => (undiciModule ??= import('undici'));
