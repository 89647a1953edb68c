/**
 * Data: networks never flagged, whatever the VPN and hosting lists (vpn-asns.ts) say. A flag on
 * these would be false on every notice of the people behind them:
 * - tunnel brokers: Hurricane Electric's free IPv6 tunnels (tunnelbroker.net) give home-labbers
 *   addresses in AS6939, announced by the same AS as HE's transit and colocation;
 * - residential, mobile and campus access networks: the big ISPs of homes and phones, and the
 *   access networks X4BNet's datacenter list takes in.
 *
 * Names are the organisations as the bundled @ip-location-db/asn data names them (mostly DB-IP's
 * IP to ASN Lite). Checked against vpn-asns.ts (X4BNet/lists_vpn at commit 167937a7): none of these
 * is in its VPN list; those marked `inHostingList` are in its datacenter list, and are taken out
 * of it here. The rest are kept so a later copy of the lists cannot flag them. The trade-off:
 * servers colocated at HE are not flagged either (an address holds no sign of which it is).
 */

export type AccessKind = 'tunnel broker' | 'home ISP' | 'mobile operator' | 'education network';

export interface AccessNetwork {
  asn: number;
  name: string;
  kind: AccessKind;
  /** In X4BNet's datacenter list at the commit vpn-asns.ts was copied from. */
  inHostingList?: true;
}

const net = (asn: number, name: string, kind: AccessKind, inHostingList?: true): AccessNetwork => ({
  asn,
  name,
  kind,
  ...(inHostingList ? { inHostingList } : {}),
});

export const ACCESS_NETWORKS: readonly AccessNetwork[] = [
  net(6939, 'Hurricane Electric LLC', 'tunnel broker', true),
  // In X4BNet's datacenter list, though they serve homes, phones or campuses.
  net(31242, 'P4 Sp. z o.o. (Play)', 'mobile operator', true),
  net(41828, 'Telemach d.o.o.', 'home ISP', true),
  net(47205, 'Telia Lietuva, AB', 'home ISP', true),
  net(36290, 'The Cable of St. Kitts', 'home ISP', true),
  net(50986, 'Teleservice Bredband Skane AB', 'home ISP', true),
  net(394330, 'LTD Broadband LLC', 'home ISP', true),
  net(37661, 'Nigerian Research and Education Network', 'education network', true),
  net(37170, 'University of Lagos', 'education network', true),
  net(327705, 'Federal University of Technology, Akure', 'education network', true),
  net(327942, 'Landmark University Omu-Aran', 'education network', true),
  net(16862, 'Odessa College', 'education network', true),
  // The big home and mobile ISPs: in neither list today.
  net(7922, 'Comcast Cable Communications, LLC', 'home ISP'),
  net(7018, 'AT&T Enterprises, LLC', 'home ISP'),
  net(20057, 'AT&T Enterprises, LLC (AT&T Mobility)', 'mobile operator'),
  net(701, 'Verizon Business', 'home ISP'),
  net(22394, 'Verizon Business (Verizon Wireless)', 'mobile operator'),
  net(6167, 'Verizon Business (Verizon Wireless)', 'mobile operator'),
  net(21928, 'T-Mobile USA, Inc.', 'mobile operator'),
  net(20115, 'Charter Communications', 'home ISP'),
  net(20001, 'Charter Communications Inc', 'home ISP'),
  net(11427, 'Charter Communications Inc', 'home ISP'),
  net(10796, 'Charter Communications Inc', 'home ISP'),
  net(33363, 'Charter Communications, Inc', 'home ISP'),
  net(22773, 'Cox Communications Inc.', 'home ISP'),
  net(6128, 'Cablevision Systems Corp.', 'home ISP'),
  net(209, 'CenturyLink Communications, LLC', 'home ISP'),
  net(5650, 'Frontier Communications of America, Inc.', 'home ISP'),
  net(812, 'Rogers Communications Canada Inc.', 'home ISP'),
  net(577, 'Bell Canada', 'home ISP'),
  net(852, 'TELUS Communications Inc.', 'home ISP'),
  net(3320, 'Deutsche Telekom AG', 'home ISP'),
  net(3209, 'Vodafone GmbH', 'home ISP'),
  net(6805, 'Telefonica Germany GmbH & Co.OHG', 'mobile operator'),
  net(3215, 'Orange S.A.', 'home ISP'),
  net(12322, 'Free SAS', 'home ISP'),
  net(15557, 'Societe Francaise Du Radiotelephone - SFR SA', 'home ISP'),
  net(5410, 'Bouygues Telecom SA', 'home ISP'),
  net(2856, 'British Telecommunications PLC', 'home ISP'),
  net(5089, 'Virgin Media Limited', 'home ISP'),
  net(5607, 'Sky UK Limited', 'home ISP'),
  net(13285, 'TalkTalk Communications Limited', 'home ISP'),
  net(6830, 'Liberty Global B.V.', 'home ISP'),
  net(3352, 'TELEFONICA DE ESPANA S.A.U.', 'home ISP'),
  net(3269, 'Telecom Italia S.p.A.', 'home ISP'),
  net(3303, 'Swisscom (Schweiz) AG', 'home ISP'),
  net(1136, 'KPN B.V.', 'home ISP'),
  net(5432, 'Proximus NV', 'home ISP'),
  net(6848, 'Telenet BV', 'home ISP'),
  net(5617, 'Orange Polska Spolka Akcyjna', 'home ISP'),
  net(12389, 'PJSC Rostelecom', 'home ISP'),
  net(9121, 'Turk Telekomunikasyon Anonim Sirketi', 'home ISP'),
  net(4134, 'Chinanet (China Telecom)', 'home ISP'),
  net(4837, 'CHINA UNICOM China169 Backbone', 'home ISP'),
  net(9808, 'China Mobile', 'mobile operator'),
  net(4713, 'NTT Communications Corporation (OCN)', 'home ISP'),
  net(17676, 'SoftBank Corp.', 'home ISP'),
  net(2516, 'KDDI CORPORATION', 'home ISP'),
  net(4766, 'Korea Telecom', 'home ISP'),
  net(1221, 'Telstra Limited', 'home ISP'),
  net(4804, 'SingTel Optus Pty Ltd', 'home ISP'),
  net(24560, 'Bharti Airtel Limited', 'mobile operator'),
  net(55836, 'Reliance Jio Infocomm Limited', 'mobile operator'),
  net(28573, 'Claro NXT Telecomunicacoes Ltda', 'home ISP'),
  net(18881, 'TELEFONICA BRASIL S.A', 'home ISP'),
  net(8151, 'Uninet S.A. de C.V. (Telmex)', 'home ISP'),
  net(14593, 'Space Exploration Technologies Corporation (Starlink)', 'home ISP'),
];
