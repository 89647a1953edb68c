/**
 * SOAP for GetExternalIPAddress: the request as miniupnpc sends it, the answers and faults as
 * miniupnpd 2.3.1 wrote them in the lab (upnpsoap.c), and the judgement of the address.
 */
import { describe, expect, it } from 'vitest';

import {
  faultFailure,
  parseSoapAnswer,
  readExternalAddress,
  soapRequest,
  type SoapAnswer,
} from '../../../../electron/engine/router/soap';
import { soapFault, soapResponse } from '../../../fakes/upnp-igd-xml';

const IP2 = 'urn:schemas-upnp-org:service:WANIPConnection:2';
const ACTION = 'GetExternalIPAddress';

/** Captured from miniupnpd 2.3.1 (WAN 45.67.89.10). */
const REAL_ANSWER =
  '<?xml version="1.0"?>\r\n<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" ' +
  's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body><u:GetExternalIPAddressResponse ' +
  'xmlns:u="urn:schemas-upnp-org:service:WANIPConnection:2"><NewExternalIPAddress>45.67.89.10</NewExternalIPAddress>' +
  '</u:GetExternalIPAddressResponse></s:Body></s:Envelope>\r\n';
const REAL_FAULT =
  '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" s:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">' +
  '<s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail>' +
  '<UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><errorCode>401</errorCode><errorDescription>Invalid Action' +
  '</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>';

describe('soapRequest', () => {
  it('is the UDA 1.1 envelope with the quoted SOAPACTION miniupnpd splits at #', () => {
    const req = soapRequest(IP2, ACTION);
    expect(req.headers).toEqual({
      'content-type': 'text/xml; charset="utf-8"',
      soapaction: `"${IP2}#${ACTION}"`,
    });
    expect(req.body).toBe(
      '<?xml version="1.0"?>\r\n<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" ' +
        's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body>' +
        `<u:${ACTION} xmlns:u="${IP2}"></u:${ACTION}></s:Body></s:Envelope>\r\n`,
    );
  });

  it('escapes in-arguments', () => {
    expect(soapRequest(IP2, 'X', { NewA: 'a<b&"c' }).body).toContain('<NewA>a&lt;b&amp;&quot;c</NewA>');
  });
});

describe('parseSoapAnswer', () => {
  it.each<[string, number, string, SoapAnswer]>([
    ['miniupnpd answer', 200, REAL_ANSWER, { kind: 'ok', values: { NewExternalIPAddress: '45.67.89.10' } }],
    [
      'miniupnpd empty answer',
      200,
      soapResponse(ACTION, IP2, { NewExternalIPAddress: '' }),
      { kind: 'ok', values: { NewExternalIPAddress: '' } },
    ],
    [
      'another prefix, a self-closed argument, whitespace',
      200,
      `<soap:Envelope><soap:Body>\n <m:${ACTION}Response xmlns:m="${IP2}">\n  <NewExternalIPAddress/>\n </m:${ACTION}Response></soap:Body></soap:Envelope>`,
      { kind: 'ok', values: { NewExternalIPAddress: '' } },
    ],
    ['miniupnpd fault (HTTP 500)', 500, REAL_FAULT, { kind: 'fault', code: 401, description: 'Invalid Action' }],
    [
      'fault 501 from the stand-in',
      500,
      soapFault(501, 'Action Failed'),
      { kind: 'fault', code: 501, description: 'Action Failed' },
    ],
    [
      'fault without UPnPError detail',
      500,
      '<s:Envelope><s:Body><s:Fault><faultcode>s:Server</faultcode><faultstring>Internal</faultstring></s:Fault></s:Body></s:Envelope>',
      { kind: 'fault', code: null, description: 'Internal' },
    ],
    [
      'HTTP 500 without a fault',
      500,
      '<html>oops</html>',
      { kind: 'malformed', message: `HTTP 500 without a ${ACTION} answer` },
    ],
    [
      '200 with another action answered',
      200,
      soapResponse('GetStatusInfo', IP2, {}),
      { kind: 'malformed', message: `HTTP 200 without a ${ACTION} answer` },
    ],
    ['empty body', 200, '', { kind: 'malformed', message: `HTTP 200 without a ${ACTION} answer` }],
  ])('%s', (_name, status, body, expected) => {
    expect(parseSoapAnswer(status, body, ACTION)).toEqual(expected);
  });
});

describe('readExternalAddress', () => {
  const ok = (value: string): SoapAnswer => ({ kind: 'ok', values: { NewExternalIPAddress: value } });
  it.each<[string, SoapAnswer, ReturnType<typeof readExternalAddress>]>([
    ['a public address', ok('45.67.89.10'), { address: '45.67.89.10' }],
    ['a CGNAT address is kept (the verdict needs it)', ok('100.64.3.4'), { address: '100.64.3.4' }],
    ['a private address is kept (double NAT)', ok('192.168.1.20'), { address: '192.168.1.20' }],
    ['IPv4-mapped form', ok('::ffff:45.67.89.10'), { address: '45.67.89.10' }],
    [
      'empty: miniupnpd with a private or 100.64 WAN',
      ok(''),
      { code: 'no-address', message: 'the router reports no external address' },
    ],
    [
      '0.0.0.0',
      ok('0.0.0.0'),
      { code: 'no-address', message: 'the router reports 0.0.0.0, which is no external address' },
    ],
    [
      'broadcast',
      ok('255.255.255.255'),
      { code: 'no-address', message: expect.stringContaining('255.255.255.255') as string },
    ],
    ['multicast', ok('224.0.0.1'), { code: 'no-address', message: expect.stringContaining('224.0.0.1') as string }],
    [
      'link-local (no DHCP lease)',
      ok('169.254.3.4'),
      { code: 'no-address', message: expect.stringContaining('169.254.3.4') as string },
    ],
    ['IPv6', ok('2001:db8::1'), { code: 'malformed', message: expect.stringContaining('not an IPv4') as string }],
    ['garbage', ok('<b>n/a</b>'), { code: 'malformed', message: expect.stringContaining('not an IPv4') as string }],
    [
      'no such argument',
      { kind: 'ok', values: {} },
      { code: 'malformed', message: 'the answer has no NewExternalIPAddress' },
    ],
    [
      'a fault',
      { kind: 'fault', code: 501, description: 'Action Failed' },
      { code: 'router-error', message: 'the router answered UPnPError 501: Action Failed' },
    ],
    ['malformed', { kind: 'malformed', message: 'x' }, { code: 'malformed', message: 'x' }],
  ])('%s', (_name, answer, expected) => {
    expect(readExternalAddress(answer)).toEqual(expected);
  });
});

describe('faultFailure', () => {
  it.each([
    [401, 'Invalid Action', 'unsupported'],
    [602, 'Optional Action Not Implemented', 'unsupported'],
    [606, 'Action not authorized', 'not-authorized'],
    [501, 'Action Failed', 'router-error'],
    [null, 'Internal', 'router-error'],
  ] as const)('UPnPError %s -> %s', (code, description, expected) => {
    const failure = faultFailure(code, description);
    expect(failure.code).toBe(expected);
    expect(failure.message).toContain(description);
  });
});
