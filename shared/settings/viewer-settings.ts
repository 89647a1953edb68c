/**
 * The settings as anyone but an admin reads them (issue 73), from the one table of credentials
 * (credentials.ts): on each channel and DNS record, a `credential` field as the marker
 * `{ set: true }`, a `sending-url` as its host only (url-paths.ts, unless a channel's `urlIsPublic`) and a `url`
 * with its userinfo as `…`. Secrets are markers already (maskSecrets). An admin's save that sends one of
 * these back keeps the stored value (contract/settings.ts restoreSecrets). Pure.
 */
import { channelKinds, fieldsOfKind, markCredentials, recordKinds } from './credentials';
import { hiddenRecordUrlParts, hiddenUrlParts, userinfoHidden } from './url-paths';

type Item = Record<string, unknown>;
const isObj = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

function viewerItem(
  kinds: ReturnType<typeof channelKinds>,
  item: Item,
  hidden: { option: string; shown: string }[],
): Item {
  const out: Item = { ...markCredentials(kinds, item), ...Object.fromEntries(hidden.map((h) => [h.option, h.shown])) };
  for (const [field] of fieldsOfKind(kinds, 'url')) {
    const v = out[field!];
    if (typeof v === 'string') out[field!] = userinfoHidden(v);
  }
  return out;
}

const channel = (c: unknown) => (isObj(c) ? viewerItem(channelKinds(c.type), c, hiddenUrlParts(String(c.type), c)) : c);
const record = (r: unknown) => (isObj(r) ? viewerItem(recordKinds(r.provider), r, hiddenRecordUrlParts(r)) : r);

/** The settings (as read, secrets already markers) as a viewer sees them. */
export function hideCredentialsForViewer(settings: Item): Item {
  const out: Item = { ...settings };
  const notifications = settings.notifications;
  if (isObj(notifications) && Array.isArray(notifications.channels))
    out.notifications = { ...notifications, channels: notifications.channels.map(channel) };
  const ddns = settings.ddns;
  if (isObj(ddns) && Array.isArray(ddns.records)) out.ddns = { ...ddns, records: ddns.records.map(record) };
  return out;
}
