/**
 * A broker's door and no more, on 127.0.0.1: the ways a broker (or what stands in front of it)
 * takes a connection and then fails the client, for the fleet link's and Test's bounds (issue 59).
 *
 *   'close'        accepts each connection and closes it before any CONNACK (a TLS-terminating
 *                  proxy that refuses, a broker at its connection limit, an MQTT 3-only broker)
 *   'accept-drop'  answers the CONNECT with a CONNACK "Success" (MQTT 5.0 section 3.2: fixed header
 *                  0x20, remaining length 3, acknowledge flags 0, reason code 0, no properties)
 *                  and closes at once (another client took the id, an ACL that kicks)
 *   'accept-mute'  the same CONNACK, then reads every packet and answers none (a frozen broker
 *                  behind a live socket): no PUBACK, no SUBACK, no PINGRESP
 *
 * It records the control packet type of the first byte of each chunk a client sends (section
 * 2.1.2: 1 CONNECT, 3 PUBLISH, 8 SUBSCRIBE, 12 PINGREQ), enough to wait for a step to be sent.
 */
import { type AddressInfo, createServer, type Socket } from 'node:net';

export type DoorMode = 'close' | 'accept-drop' | 'accept-mute';

/** CONNACK, MQTT 5: session not present, reason code 0x00 Success, property length 0. */
const CONNACK_V5 = Buffer.from([0x20, 0x03, 0x00, 0x00, 0x00]);

export interface MqttDoor {
  port: number;
  url: string;
  /** Connections accepted so far. */
  connections(): number;
  /** The packet types received (the first byte's high nibble of each chunk), in order. */
  received(): number[];
  /** Closes every connection held open ('accept-mute'): a broker that dropped its clients. */
  dropAll(): void;
  /** How the next connections are met. */
  setMode(next: DoorMode): void;
  close(): Promise<void>;
}

export async function startMqttDoor(first: DoorMode): Promise<MqttDoor> {
  let mode = first;
  const sockets = new Set<Socket>();
  const types: number[] = [];
  let accepted = 0;
  const server = createServer((socket) => {
    accepted++;
    socket.on('error', () => undefined);
    if (mode === 'close') return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let answered = false;
    const met = mode;
    socket.on('data', (b: Buffer) => {
      types.push(b[0]! >> 4);
      if (answered) return;
      answered = true;
      socket.write(CONNACK_V5);
      if (met === 'accept-drop') socket.end(() => socket.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `mqtt://127.0.0.1:${port}`,
    connections: () => accepted,
    received: () => [...types],
    dropAll: () => sockets.forEach((s) => s.destroy()),
    setMode: (next) => void (mode = next),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
