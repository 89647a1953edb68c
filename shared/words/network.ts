/**
 * How the dashboard and the bot's /status word the machine's network, in the reader's language
 * (`network.*`, `router.*`): the way the monitor learns of a change (the status's `interfaces`:
 * from the OS at once, or by polling, and why) and what the home router says of its external
 * address (`router`), the setting that turns it off by its label. Why polling, and the router's
 * error, are the engine's text. Pure.
 */
import type { Translator } from '../i18n/translator';
import { type InterfaceWatchStatus, ROUTER_PROTOCOL_LABEL, type RouterStatus } from '../types';
import { sayReason } from './reason';
import { settingName } from './setting-label';

export function networkWatchText(i: InterfaceWatchStatus, words: Translator): string {
  switch (i.watch) {
    case 'netlink':
      return words.t('network.watch.netlink');
    case 'route-socket':
      return words.t('network.watch.routeSocket');
    case 'poll':
      return i.reason
        ? words.t('network.watch.pollBecause', { reason: sayReason(i.reasonCode, i.reason, words) })
        : words.t('network.watch.poll');
    case 'off':
      return words.t('network.watch.off');
  }
}

/**
 * What the home router said of its external address, in a few words; `show` writes the address
 * (the bot masks it per server).
 */
export function routerText(r: RouterStatus, words: Translator, show: (ip: string) => string = (ip) => ip): string {
  switch (r.state) {
    case 'off':
      return words.t('router.off', { setting: settingName('router.enabled', words) });
    case 'searching':
      return words.t('router.searching');
    case 'none':
      return words.t('router.none');
    case 'error':
      return r.error ? words.t('router.errorWhy', { error: r.error }) : words.t('router.error');
    case 'ok': {
      const address = r.externalAddress === null ? '—' : show(r.externalAddress);
      return r.protocol
        ? words.t('router.ok', { address, protocol: ROUTER_PROTOCOL_LABEL[r.protocol] })
        : words.t('router.okSomehow', { address });
    }
  }
}
