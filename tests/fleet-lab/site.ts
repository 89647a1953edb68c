/**
 * A simulated site of the fleet for the lab's tests: an MQTT client that connects as the site's
 * user with the will a runner sets (electron/engine/fleet/payload.ts willState: retained, offline,
 * 'connection lost'), publishes its retained state, and can die without a word (the broker then
 * publishes the will) or stop cleanly. The payload is contract/fleet.ts's fleetStateSchema.
 */
import mqtt from 'mqtt';

import { willState } from '../../electron/engine/fleet/payload';
import { FLEET_PAYLOAD_VERSION, type FleetState } from '../../shared/contract/fleet';
import type { FleetBroker } from './broker';
import { PREFIX } from './broker';

export interface LabSite {
  name: string;
  /** Publishes a new retained state for the site (its address, its health). */
  publish(ip: string, health?: { state: string; label: string }): Promise<void>;
  /** Drops the connection without DISCONNECT: the broker publishes the will at once. */
  die(): void;
  end(): Promise<void>;
}

export function labState(
  name: string,
  ip: string,
  since: number,
  health = { state: 'ok', label: 'Healthy' },
): FleetState {
  return {
    v: FLEET_PAYLOAD_VERSION,
    site: name,
    online: true,
    reason: null,
    families: { v4: { ip, since, identity: null }, v6: null },
    health,
    nat: { verdict: 'public', label: 'Public address' },
    ddns: [],
    monitors: [],
    version: 'lab',
    at: Date.now(),
  };
}

export async function startLabSite(broker: FleetBroker, name: string, password: string, ip: string): Promise<LabSite> {
  const topic = `${PREFIX}/${name}/state`;
  const client = await mqtt.connectAsync(broker.url, {
    username: name,
    password,
    reconnectPeriod: 0,
    will: { topic, payload: Buffer.from(JSON.stringify(willState(name))), qos: 1, retain: true },
  });
  const since = Date.now();
  const site: LabSite = {
    name,
    async publish(at, health) {
      const state = labState(name, at, at === ip ? since : Date.now(), health);
      await client.publishAsync(topic, JSON.stringify(state), { qos: 1, retain: true });
    },
    die: () => client.stream.destroy(),
    end: () => client.endAsync(true),
  };
  await site.publish(ip);
  return site;
}
