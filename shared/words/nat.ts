/**
 * A change of the NAT verdict in words, the same wherever it is told: the notification, the
 * runner's line, the dashboard's activity. What matters to the user is whether a port forwarded
 * on the router still reaches this machine, so the words say that. Pure, and light enough for the
 * dashboard (no address parsing).
 *
 *   to          | from                   | tone | summary says
 *   ------------+------------------------+------+------------------------------------------------
 *   cgnat       | any                    | bad  | port forwarding from the internet stops working
 *   vpn         | any                    | warn | traffic leaves through a VPN or another route: a port
 *               |                        |      | forwarded on the router does not reach this way
 *   double-nat  | cgnat                  | info | out of CGNAT, but behind two routers: forward on both
 *   double-nat  | direct, nat            | warn | a port forwarded on your router alone no longer reaches
 *   nat         | cgnat                  | good | out of CGNAT: forwarding on the router works again
 *   nat         | vpn                    | good | off the VPN: forwarding on the router works again
 *   nat         | double-nat             | good | the second NAT is gone: the router alone is enough
 *   nat         | direct                 | info | the router holds the address now: forward on it
 *   direct      | cgnat, double-nat, vpn | good | this machine holds the public address itself
 *   direct      | nat                    | info | the same
 */
import type { MessageId, Translator } from '../i18n/translator';
import type { NatVerdict } from '../types';

export interface NatChangeWords {
  title: string;
  summary: string;
  /** As a notification's tone: good (reachable again), info, warn, bad (unreachable). */
  tone: 'good' | 'info' | 'warn' | 'bad';
}

const TITLE: Record<NatVerdict, string> = {
  direct: 'Direct connection now (no NAT)',
  nat: 'Now behind your router (NAT)',
  'double-nat': 'Now behind double NAT',
  cgnat: 'Now behind carrier-grade NAT',
  vpn: 'Now through a VPN or another route',
  unknown: 'NAT no longer known',
};

/** The catalogue's name of each verdict (`nat.label.doubleNat`...); here, so the dashboard takes no address parsing with it. */
export const NAT_KEY: Record<NatVerdict, 'direct' | 'nat' | 'doubleNat' | 'cgnat' | 'vpn' | 'unknown'> = {
  direct: 'direct',
  nat: 'nat',
  'double-nat': 'doubleNat',
  cgnat: 'cgnat',
  vpn: 'vpn',
  unknown: 'unknown',
};

/**
 * The verdict's label and detail in a language (`nat.label.*`, `nat.detail.*`), from the verdict
 * alone: the Checks card and the bot's /status word the status's `nat.verdict` so, never its
 * English `label` and `detail`.
 */
export const natVerdictWords = (v: NatVerdict, words: Translator): { label: string; detail: string } => ({
  label: words.t(`nat.label.${NAT_KEY[v]}`),
  detail: words.t(`nat.detail.${NAT_KEY[v]}`),
});

/** Verdicts where a port forwarded on the router alone does not reach this machine. */
const HIDDEN = new Set<NatVerdict>(['double-nat', 'cgnat', 'vpn']);

function toneOf(from: NatVerdict, to: NatVerdict): NatChangeWords['tone'] {
  if (to === 'cgnat') return 'bad';
  if (to === 'vpn') return 'warn';
  if (to === 'double-nat') return from === 'cgnat' ? 'info' : 'warn';
  return HIDDEN.has(from) ? 'good' : 'info';
}

function summary(from: NatVerdict, to: NatVerdict): string {
  switch (to) {
    case 'cgnat':
      return 'Your provider moved you behind carrier-grade NAT (CGNAT): port forwarding from the internet stops working.';
    case 'vpn':
      return "Traffic to the internet now leaves through a VPN or another route, not your router's address: a port forwarded on your router does not reach this machine that way.";
    case 'double-nat':
      if (from === 'cgnat')
        return 'You are out of carrier-grade NAT, but another router or modem sits in front of yours (double NAT): forward the port on both, or put the first in bridge mode.';
      return 'Another router or modem now sits in front of yours (double NAT): a port forwarded on your router alone no longer reaches this machine.';
    case 'nat':
      if (from === 'cgnat')
        return 'You are out of carrier-grade NAT: your router holds a public address again, so a port forwarded on it reaches this machine.';
      if (from === 'double-nat')
        return 'The second NAT in front of your router is gone: a port forwarded on your router reaches this machine again.';
      if (from === 'vpn')
        return 'Traffic leaves through your router again, not a VPN or another route: a port forwarded on the router reaches this machine.';
      return 'This machine no longer holds the public address itself, your router does: forward a port on the router to reach it.';
    case 'direct':
      return 'This machine now holds the public address itself: no NAT in between, only its firewall decides what is reachable.';
    case 'unknown':
      // Never a change (runtime/nat-change.ts), but the words exist for every verdict.
      return 'The router no longer reports its external address: the NAT in front of this machine is not known.';
  }
}

/** The catalogue's summary for a change, the cases of `summary` above. */
function summaryId(from: NatVerdict, to: NatVerdict): MessageId {
  if (to === 'double-nat' && from === 'cgnat') return 'nat.summary.doubleNatFromCgnat';
  if (to === 'nat' && from === 'cgnat') return 'nat.summary.natFromCgnat';
  if (to === 'nat' && from === 'double-nat') return 'nat.summary.natFromDoubleNat';
  if (to === 'nat' && from === 'vpn') return 'nat.summary.natFromVpn';
  return `nat.summary.${NAT_KEY[to]}`;
}

/** The change's words: in a language (the notices), else English (the runner's line, the dashboard). */
export function natChangeWords(from: NatVerdict, to: NatVerdict, words?: Translator): NatChangeWords {
  const tone = toneOf(from, to);
  return words
    ? { title: words.t(`nat.title.${NAT_KEY[to]}`), summary: words.t(summaryId(from, to)), tone }
    : { title: TITLE[to], summary: summary(from, to), tone };
}
