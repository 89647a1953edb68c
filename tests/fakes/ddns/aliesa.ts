/**
 * A stand-in for Alibaba Cloud ESA's DNS API (esa.cn-hangzhou.aliyuncs.com, RPC version
 * 2024-09-10), from its documentation (https://www.alibabacloud.com/help/en/edge-security-acceleration/
 * esa/api-esa-2024-09-10-dir: ListSites, ListRecords, UpdateRecord, CreateRecord) and the request
 * code of jeessy2/ddns-go (dns/aliesa.go, util/aliyun_signer.go); qdm12/ddns-updater has no ESA.
 * The gateway's checks (key, HMAC-SHA1 signature, Timestamp, nonce) are Alibaba Cloud's RPC ones,
 * shared with the Aliyun stand-in (aliyun.ts, aliyunRefusal). Quirks kept:
 *
 *   - a Version other than 2024-09-10               -> 400 InvalidVersion (that API is another product's)
 *   - one type "A/AAAA" for IPv4 and IPv6, the value inside Data as JSON {"Value":...}
 *   - RecordName is the full name; ListRecords' RecordName filter matches it exactly
 *   - UpdateRecord answers only a RequestId; CreateRecord a RecordId (a long number)
 *   - a site reached by CNAME takes only proxied A/AAAA records (Proxied=true with a BizName)
 *   - TTL 1 (automatic) to 86400 seconds
 * The ESA-only error codes below (InvalidParameter.*, Site.NotFound, Record.NotFound,
 * Record.Duplicate) are said the Alibaba way but not taken from a published list.
 */
import { isIP } from 'node:net';

import { type HttpStandIn, type Reply, startHttpStandIn } from '../ddns-http';
import { createZone, type Zone } from '../ddns-zone';
import { aliyunJson as json, aliyunRefuse as refuse, aliyunRefusal } from './aliyun';

export interface AliesaStandIn extends HttpStandIn {
  zone: Zone;
}

const SITE_ID = 7_090_001_234_567;

export async function startAliesa(
  keys: { accessKeyId: string; secret: string },
  site: string,
  accessType: 'NS' | 'CNAME' = 'NS',
): Promise<AliesaStandIn> {
  const zone = createZone(site);
  const nonces = new Set<string>();
  const proxied = new Set<string>();
  let next = 1_200_000_000_000;
  const view = (id: string) => {
    const r = zone.records.get(id)!;
    return {
      RecordId: Number(r.id),
      RecordName: r.name,
      RecordType: 'A/AAAA',
      Data: { Value: r.content },
      Ttl: r.ttl,
      Proxied: proxied.has(r.id),
      SiteId: SITE_ID,
      SiteName: site,
    };
  };
  const stand = await startHttpStandIn((req) => {
    const p = Object.fromEntries(req.url.searchParams);
    const gate = aliyunRefusal(req.method, p, keys, nonces);
    if (gate) return gate;
    if (p.Version !== '2024-09-10') return refuse(400, 'InvalidVersion', 'Specified parameter Version is not valid.');
    return act(p);
  });

  function act(p: Record<string, string>): Reply {
    switch (p.Action) {
      case 'ListSites': {
        const rows =
          !p.SiteName || site.includes(p.SiteName.toLowerCase())
            ? [{ SiteId: SITE_ID, SiteName: site, AccessType: accessType, Status: 'active' }]
            : [];
        return json(200, { TotalCount: rows.length, PageNumber: 1, PageSize: 500, Sites: rows });
      }
      case 'ListRecords': {
        if (Number(p.SiteId) !== SITE_ID) return noSite();
        const rows = [...zone.records.values()]
          .filter((r) => !p.RecordName || r.name === p.RecordName.toLowerCase())
          .filter(() => !p.Type || p.Type === 'A/AAAA')
          .map((r) => view(r.id));
        return json(200, { TotalCount: rows.length, PageNumber: 1, PageSize: 500, Records: rows });
      }
      case 'UpdateRecord': {
        const r = zone.records.get(p.RecordId ?? '');
        if (!r) return refuse(400, 'Record.NotFound', 'The specified record does not exist.');
        const value = dataValue(p);
        if (typeof value !== 'string') return value;
        Object.assign(r, { content: value, type: isIP(value) === 4 ? 'A' : 'AAAA', ttl: Number(p.Ttl ?? 1) });
        zone.writes++;
        return json(200, {});
      }
      case 'CreateRecord': {
        if (Number(p.SiteId) !== SITE_ID) return noSite();
        if (!p.RecordName || !(p.RecordName === site || p.RecordName.endsWith(`.${site}`)))
          return refuse(400, 'InvalidParameter.RecordName', 'The record name is not under the site.');
        const value = dataValue(p);
        if (typeof value !== 'string') return value;
        if (accessType === 'CNAME' && (p.Proxied !== 'true' || !p.BizName))
          return refuse(400, 'InvalidParameter.Proxied', 'A site reached by CNAME takes only proxied records.');
        const type = isIP(value) === 4 ? 'A' : 'AAAA';
        if (zone.find(p.RecordName, type).some((r) => r.content === value))
          return refuse(400, 'Record.Duplicate', 'The record already exists.');
        const made = zone.add({
          id: String(next++),
          name: p.RecordName,
          type,
          content: value,
          ttl: Number(p.Ttl ?? 1),
        });
        if (p.Proxied === 'true') proxied.add(made.id);
        zone.writes++;
        return json(200, { RecordId: Number(made.id) });
      }
      default:
        return refuse(404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');
    }
  }

  function noSite(): Reply {
    return refuse(400, 'Site.NotFound', 'The specified site does not exist.');
  }

  /** The address in Data, or the refusal of a wrong type, Data or TTL. */
  function dataValue(p: Record<string, string>): string | Reply {
    if (p.Type !== 'A/AAAA') return refuse(400, 'InvalidParameter.Type', 'The specified record type is invalid.');
    let value: unknown;
    try {
      value = (JSON.parse(p.Data ?? '') as { Value?: unknown }).Value;
    } catch {
      value = undefined;
    }
    if (typeof value !== 'string' || !isIP(value))
      return refuse(400, 'InvalidParameter.Data', 'The specified Data of the record is invalid.');
    const ttl = Number(p.Ttl ?? 1);
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400)
      return refuse(400, 'InvalidParameter.Ttl', 'The specified TTL is invalid.');
    return value;
  }

  return Object.assign(stand, { zone });
}
