/**
 * MQTT topic layout and Home Assistant discovery, pure. State topics are retained so a
 * subscriber (or Home Assistant after a restart) sees the current value at once:
 *
 *   <base>/<node>/ipv4           retained  the IPv4 address (masked per channel)
 *   <base>/<node>/ipv6           retained  the IPv6 address
 *   <base>/<node>/connectivity   retained  online | offline
 *   <base>/<node>/availability   retained  online | offline (last will)
 *   <base>/<node>/event          not kept  JSON of every notice (like the webhook payload)
 *
 * Discovery (retained) under `<prefix>/sensor/ipwatch_<node>/<object>/config` and
 * `<prefix>/binary_sensor/ipwatch_<node>/connectivity/config`, so the addresses show up
 * as sensors of one "IPWatch <node>" device.
 */
import type { MaskMode } from '../../../../shared/notify-types';
import { showAddress } from '../../format/display';
import type { LiveState } from '../live-state';
import type { Notice } from '../types';

export type StateLeaf = 'ipv4' | 'ipv6' | 'connectivity';

export interface TopicConfig {
  baseTopic: string;
  node: string;
  discoveryPrefix: string;
}

/** Topic-safe node name: letters, digits, `_` and `-`. */
export const topicSafe = (s: string): string => s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64) || 'ipwatch';

export const stateTopic = (c: TopicConfig, leaf: 'ipv4' | 'ipv6' | 'connectivity' | 'availability' | 'event'): string =>
  `${c.baseTopic}/${c.node}/${leaf}`;

/** The retained values that show a live state, addresses masked; unknown parts are left out. */
export function liveValues(s: LiveState, mask: MaskMode): { leaf: StateLeaf; value: string }[] {
  const all: [StateLeaf, string | null][] = [
    ['ipv4', s.v4 === null ? null : showAddress(s.v4, mask)],
    ['ipv6', s.v6 === null ? null : showAddress(s.v6, mask)],
    ['connectivity', s.connectivity],
  ];
  return all.filter((e): e is [StateLeaf, string] => e[1] !== null).map(([leaf, value]) => ({ leaf, value }));
}

/** Retained state updates a notice causes (address not yet masked). */
export function stateUpdates(n: Notice): { leaf: StateLeaf; value: string | null }[] {
  switch (n.kind) {
    case 'ipv4-changed':
    case 'ipv6-changed':
      return [{ leaf: n.family === 4 ? 'ipv4' : 'ipv6', value: n.to }];
    case 'flap':
      return [{ leaf: n.family === 4 ? 'ipv4' : 'ipv6', value: n.address }];
    case 'started':
      return [
        ...(n.v4 !== null ? [{ leaf: 'ipv4' as const, value: n.v4 }] : []),
        ...(n.v6 !== null ? [{ leaf: 'ipv6' as const, value: n.v6 }] : []),
      ];
    case 'offline':
      return [{ leaf: 'connectivity', value: 'offline' }];
    case 'online':
      return [{ leaf: 'connectivity', value: 'online' }];
    default:
      return [];
  }
}

export function discoveryConfigs(c: TopicConfig): { topic: string; payload: Record<string, unknown> }[] {
  const id = `ipwatch_${c.node}`;
  const device = { identifiers: [id], name: `IPWatch ${c.node}`, manufacturer: 'IPWatch', model: 'Public IP monitor' };
  const common = { availability_topic: stateTopic(c, 'availability'), device };
  const sensor = (leaf: 'ipv4' | 'ipv6', name: string) => ({
    topic: `${c.discoveryPrefix}/sensor/${id}/${leaf}/config`,
    payload: { name, unique_id: `${id}_${leaf}`, state_topic: stateTopic(c, leaf), icon: 'mdi:ip-network', ...common },
  });
  return [
    sensor('ipv4', 'Public IPv4'),
    sensor('ipv6', 'Public IPv6'),
    {
      topic: `${c.discoveryPrefix}/binary_sensor/${id}/connectivity/config`,
      payload: {
        name: 'Internet',
        unique_id: `${id}_connectivity`,
        state_topic: stateTopic(c, 'connectivity'),
        device_class: 'connectivity',
        payload_on: 'online',
        payload_off: 'offline',
        ...common,
      },
    },
  ];
}
