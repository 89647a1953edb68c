/**
 * The text of one SMS: the notice's one-line summary (the words every chat channel sends first),
 * kept to a single segment where it can be, and never without its addresses. Pure.
 *
 * A segment holds 160 characters of the GSM 7-bit alphabet (3GPP TS 23.038 §6.2.1; the extension
 * table's ^ { } \ [ ] ~ | € count twice), or 70 UTF-16 units once any other character is in it
 * (UCS-2); a message of several segments loses 7 or 3 of them to the joining header (153 and 67).
 *
 *   the summary                                   | sent
 *   ----------------------------------------------+------------------------------------------------
 *   fits one segment                              | as it is
 *   longer, its last address inside one segment   | cut after a word, past the last address, with
 *                                                 | "..." (or "…" when UCS-2 already), one segment
 *   its addresses alone pass one segment          | whole, in as many segments as it takes, up to
 *   (two IPv6 addresses in UCS-2 words)           | Twilio's 1,600 characters (cut there, never
 *                                                 | reached by a summary)
 */

/** The GSM 7-bit default alphabet (one septet each). */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Its extension table: two septets each (an escape, then the character). */
const GSM_EXTENDED = '^{}\\[~]|€\f';

/** Twilio's bound on a message body (its docs: "Message body ... up to 1,600 characters"). */
export const TWILIO_MAX_BODY = 1600;

export interface SmsLength {
  encoding: 'gsm7' | 'ucs2';
  /** Septets (GSM-7) or UTF-16 units (UCS-2). */
  units: number;
  segments: number;
}

/** How long `text` is as an SMS, and in how many segments it goes. */
export function smsLength(text: string): SmsLength {
  let septets = 0;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) septets += 1;
    else if (GSM_EXTENDED.includes(ch)) septets += 2;
    else return count('ucs2', text.length);
  }
  return count('gsm7', septets);
}

function count(encoding: SmsLength['encoding'], units: number): SmsLength {
  const [single, part] = encoding === 'gsm7' ? [160, 153] : [70, 67];
  return { encoding, units, segments: units <= single ? 1 : Math.ceil(units / part) };
}

/** An IPv4 address (its last part masked as `xxx` or not), or an IPv6 one (`::` in it, or three colons or more). */
const ADDRESS = /\d{1,3}(?:\.\d{1,3}){2}\.(?:\d{1,3}|xxx)|[0-9a-fx]{0,4}(?::[0-9a-fx]{0,4}){2,7}/gi;

/** Where the text's last address ends; 0 when it holds none. */
export function lastAddressEnd(text: string): number {
  let end = 0;
  for (const m of text.matchAll(ADDRESS)) {
    const s = m[0];
    const colons = s.split(':').length - 1;
    const isV6 = s.includes(':') && (s.includes('::') || colons >= 3);
    if (!s.includes(':') || isV6) end = m.index + s.length;
  }
  return end;
}

/** The SMS to send for a notice's summary (see the table above). */
export function smsText(summary: string): string {
  const text = summary.replace(/\s+/g, ' ').trim();
  if (smsLength(text).segments === 1) return text;
  const keep = lastAddressEnd(text);
  const ellipsis = smsLength(text).encoding === 'ucs2' ? '…' : '...';
  // The longest cut at a space, past the last address, that fits one segment with its ellipsis.
  for (let at = text.lastIndexOf(' '); at >= keep && at > 0; at = text.lastIndexOf(' ', at - 1)) {
    const cut = `${text.slice(0, at).trimEnd()}${ellipsis}`;
    if (at >= keep && smsLength(cut).segments === 1) return cut;
  }
  return [...text].slice(0, TWILIO_MAX_BODY).join('');
}
