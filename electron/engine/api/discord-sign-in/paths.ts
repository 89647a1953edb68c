/** Where sign-in with Discord and the session's routes live (the state cookie's name: ../cookies.ts). */
import { API_BASE } from '../../../../shared/contract';

export const SESSION_BASE = `${API_BASE}/session`;
export const DISCORD_PATH = `${SESSION_BASE}/discord`;
export const CALLBACK_PATH = `${DISCORD_PATH}/callback`;
export const METHODS_PATH = `${SESSION_BASE}/methods`;
export const ME_PATH = `${SESSION_BASE}/me`;
export const EVERYWHERE_PATH = `${SESSION_BASE}/sign-out-everywhere`;
