/**
 * A stand-in for a primary DNS server that takes RFC 2136 updates signed with TSIG, for what the
 * Knot lab cannot be made to do: truncate an answer (RFC 1035 4.2.1, the TC bit, then TCP as in
 * 4.2.2) or sign it wrongly. On 127.0.0.1, UDP and TCP on one port. An update with a
 * prerequisite (the updater's "already in step?" question) is answered NXRRSET, any other
 * NOERROR, each signed as RFC 8945 5.3 says: the MAC over the request's MAC (with its length),
 * the answer without its TSIG record, then the TSIG variables (4.3.3). Written apart from
 * electron/engine/ddns/tsig.ts on purpose, so the two are checked against each other (and both
 * against Knot in the lab).
 */
import { createHmac } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { type AddressInfo, createServer, type Socket } from 'node:net';

import dnsPacket from 'dns-packet';

export type UpdateFault =
  /** Answers signed with the right key. */
  | 'none'
  /** UDP answers carry only a header with TC set; TCP answers properly. */
  | 'truncate'
  /** Answers signed with another secret. */
  | 'forged'
  /** NOERROR answers without a TSIG record. */
  | 'unsigned'
  /** Every answer SERVFAIL (RFC 1035 4.1.1: "unable to process ... due to a problem with the name server"), signed. */
  | 'servfail';

export interface FakeUpdateServer {
  readonly port: number;
  readonly seen: { udp: number; tcp: number };
  /** The address each TCP exchange came from, in order (where a record's updates leave from). */
  readonly tcpFrom: string[];
  fault: UpdateFault;
  /** The Time Signed of its answers (epoch s), for a clock of its own; null: this machine's. */
  signedAt: number | null;
  close(): Promise<void>;
}

const nameWire = (n: string) =>
  (dnsPacket as unknown as { name: { encode(s: string): Buffer } }).name.encode(n.toLowerCase());
const u16 = (n: number) => Buffer.from([n >> 8, n & 255]);

/** Where a (possibly compressed) name that starts at `at` ends. */
function skipName(msg: Buffer, at: number): number {
  while (msg[at] !== 0 && (msg[at]! & 0xc0) !== 0xc0) at += msg[at]! + 1;
  return at + (msg[at] === 0 ? 1 : 2);
}

/**
 * The request read by hand, not by dns-packet: its decoder misreads the update's "delete the
 * RRset" record (type A with no data, RFC 2136 2.5.2), which a server must accept.
 */
function readRequest(msg: Buffer): { id: number; prerequisites: number; question: Buffer; requestMac: Buffer } {
  const questionEnd = skipName(msg, 12) + 4;
  let at = questionEnd;
  let last = at;
  const records = msg.readUInt16BE(6) + msg.readUInt16BE(8) + msg.readUInt16BE(10);
  for (let i = 0; i < records; i++) {
    last = at;
    at = skipName(msg, at);
    at += 10 + msg.readUInt16BE(at + 8);
  }
  // The TSIG rdata: the algorithm name (uncompressed), 6 bytes of time, 2 of fudge, then the MAC with its length.
  let mac = skipName(msg, skipName(msg, last) + 10) + 8;
  const macLen = msg.readUInt16BE(mac);
  mac += 2;
  return {
    id: msg.readUInt16BE(0),
    prerequisites: msg.readUInt16BE(6),
    question: msg.subarray(12, questionEnd),
    requestMac: msg.subarray(mac, mac + macLen),
  };
}

export function answerTo(
  request: Buffer,
  keyName: string,
  secret: Buffer,
  fault: UpdateFault,
  truncated: boolean,
  signedAt: number = Math.floor(Date.now() / 1000),
): Buffer {
  const req = readRequest(request);
  const questions = [
    dnsPacket.decode(Buffer.concat([Buffer.from([0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0]), req.question])).questions![0]!,
  ];
  const { requestMac } = req;
  const rcode = fault === 'servfail' ? 2 : req.prerequisites > 0 ? 8 : 0;
  const flags = (5 << 11) | (1 << 10) | (truncated ? 1 << 9 : 0) | rcode;
  const body = dnsPacket.encode({ id: req.id, type: 'response', flags, questions: truncated ? [] : questions });
  if (fault === 'unsigned' || truncated) return body;
  const timeWire = Buffer.alloc(6);
  timeWire.writeUIntBE(signedAt, 0, 6);
  const vars = Buffer.concat([
    nameWire(keyName),
    u16(255),
    Buffer.alloc(4),
    nameWire('hmac-sha256'),
    timeWire,
    u16(300),
    u16(0),
    u16(0),
  ]);
  const key = fault === 'forged' ? Buffer.alloc(32, 7) : secret;
  const mac = createHmac('sha256', key)
    .update(u16(requestMac.length))
    .update(requestMac)
    .update(body)
    .update(vars)
    .digest();
  const rdata = Buffer.concat([
    nameWire('hmac-sha256'),
    timeWire,
    u16(300),
    u16(mac.length),
    mac,
    u16(req.id),
    u16(0),
    u16(0),
  ]);
  return dnsPacket.encode({
    id: req.id,
    type: 'response',
    flags,
    questions,
    additionals: [{ name: keyName, type: 'TSIG', class: 'ANY', ttl: 0, data: rdata }],
  });
}

export async function startUpdateServer(keyName: string, secretBase64: string): Promise<FakeUpdateServer> {
  const secret = Buffer.from(secretBase64, 'base64');
  const tcp = createServer((socket: Socket) => {
    let got = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      if (got.length < 2 || got.length < 2 + got.readUInt16BE(0)) return;
      server.seen.tcp++;
      server.tcpFrom.push(socket.remoteAddress ?? '');
      const request = got.subarray(2, 2 + got.readUInt16BE(0));
      const answer = answerTo(request, keyName, secret, server.fault, false, ...signedAt());
      socket.end(Buffer.concat([u16(answer.length), answer]));
    });
  });
  await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
  const port = (tcp.address() as AddressInfo).port;
  const signedAt = (): [] | [number] => (server.signedAt === null ? [] : [server.signedAt]);
  const udp = createSocket('udp4');
  udp.on('message', (msg, rinfo) => {
    server.seen.udp++;
    const answer = answerTo(msg, keyName, secret, server.fault, server.fault === 'truncate', ...signedAt());
    udp.send(answer, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => udp.bind(port, '127.0.0.1', resolve));
  const server: FakeUpdateServer = {
    port,
    seen: { udp: 0, tcp: 0 },
    tcpFrom: [],
    fault: 'none',
    signedAt: null,
    close: async () => {
      await new Promise<void>((resolve) => udp.close(() => resolve()));
      await new Promise<void>((resolve) => tcp.close(() => resolve()));
    },
  };
  return server;
}
