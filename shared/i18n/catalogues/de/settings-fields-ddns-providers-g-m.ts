/** German: the own words of the DNS providers g-m (shared/settings/ddns-providers/) (docs/glossary.md holds the terms). */
import type { Area } from '../area';
import type { settingsFieldsDdnsProvidersGM as source } from '../en/settings-fields-ddns-providers-g-m';

export const settingsFieldsDdnsProvidersGM = {
  'setting.choice.gigahost-9a92a8': 'Gigahost',
  'setting.label.gigahost-api-key-3bb5e5': 'Gigahost-API-Schlüssel',
  'setting.help.an-api-key-from-989a70':
    'Ein API-Schlüssel aus dem Gigahost-Konto; lassen Sie E-Mail und Passwort leer, wenn Sie einen angeben.',
  'setting.choice.goip-goip-de-402929': 'GoIP (goip.de)',
  'setting.help.the-full-name-to-09f426': 'Der vollständige, aktuell zu haltende Name, z. B. myhome.goip.de.',
  'setting.label.router-user-716982': 'Router-Benutzer',
  'setting.help.the-user-name-listed-593ddb': 'Der Benutzername, der bei goip.de unter Router steht.',
  'setting.label.router-password-b897d0': 'Router-Passwort',
  'setting.help.the-router-account-s-3d8f9b': 'Das Passwort des Router-Kontos.',
  'setting.help.the-service-s-address-5a69eb':
    'Die Adresse des Dienstes; https://www.goip.de, sofern Sie keinen eigenen betreiben.',
  'setting.choice.hurricane-electric-196636': 'Hurricane Electric',
  'setting.label.ddns-key-ba381f': 'DDNS-Schlüssel',
  'setting.help.the-key-made-for-97734f':
    'Der Schlüssel, der für diesen Hostnamen an seinem Eintrag bei dns.he.net erzeugt wurde, nicht das Kontopasswort.',
  'setting.choice.hetzner-cloud-dns-46d02e': 'Hetzner Cloud DNS',
  'setting.help.the-zone-as-the-07efb8': 'Die Zone, wie die Cloud Console sie unter DNS führt, z. B. example.org.',
  'setting.label.api-token-read-write-cc450b': 'API-Token (Read & Write)',
  'setting.help.a-read-write-token-6b222f':
    'Ein Read-&-Write-Token des Projekts der Zone, unter Sicherheit, API-Tokens.',
  'setting.help.the-ttl-of-a-3f6af4':
    'Die TTL eines Eintrags, den IPWatch anlegt; leer: die TTL der Zone. Mindestens 60.',
  'setting.help.the-service-s-address-c7a5a6':
    'Die Adresse des Dienstes; https://api.hetzner.cloud/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.infomaniak-ffcd64': 'Infomaniak',
  'setting.choice.inwx-5be182': 'INWX',
  'setting.choice.ionos-d3890b': 'IONOS',
  'setting.help.the-domain-as-ionos-2c25c6': 'Die Domain, wie IONOS sie unter Domains führt, z. B. example.org.',
  'setting.label.key-prefix-secret-6618d6': 'Schlüssel (Präfix.Geheimnis)',
  'setting.help.the-public-prefix-and-a25bc3':
    'Das öffentliche Präfix und das Geheimnis eines Schlüssels aus dem Developer-Portal, mit Punkt verbunden.',
  'setting.help.how-long-resolvers-may-e8c203':
    'Wie lange Resolver den Eintrag behalten dürfen; IONOS nimmt 60 bis 86400.',
  'setting.help.the-service-s-address-a027ee':
    'Die Adresse des Dienstes; https://api.hosting.ionos.com/dns/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.loopia-8146a4': 'Loopia',
  'setting.choice.godaddy-5f3e0b': 'GoDaddy',
  'setting.label.api-key-production-adbc6e': 'API-Schlüssel (Production)',
  'setting.help.the-key-of-a-77eaae':
    'Der Key eines Production-API-Schlüssels, aus dem Developer Portal unter API Keys.',
  'setting.help.the-key-s-secret-75bdff': 'Das Secret des Schlüssels, nur einmal gezeigt, wenn er angelegt wird.',
  'setting.help.how-long-resolvers-may-018482':
    'Wie lange Resolver den Eintrag behalten dürfen; bei GoDaddy mindestens 600.',
  'setting.help.the-service-s-address-fc7334':
    'Die Adresse des Dienstes; https://api.godaddy.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.gandi-livedns-47e1a9': 'Gandi LiveDNS',
  'setting.help.the-domain-as-gandi-2d4366': 'Die Domain, wie Gandi sie aufführt, z. B. example.org.',
  'setting.help.a-token-that-may-d76dee':
    'Ein Token, das die technische Konfiguration der Domain (DNS-Einträge) verwalten darf.',
  'setting.label.what-the-token-is-bcdc0d': 'Was das Token ist',
  'setting.help.a-personal-access-token-60024f':
    'Ein persönliches Zugriffstoken oder ein API-Schlüssel, den Gandi vor den Zugriffstokens ausgab.',
  'setting.choice.personal-access-token-bearer-f1fa75': 'Persönliches Zugriffstoken (Bearer)',
  'setting.choice.old-api-key-apikey-0a0ed9': 'Alter API-Schlüssel (Apikey)',
  'setting.help.how-long-resolvers-may-376e22':
    'Wie lange Resolver den Eintrag behalten dürfen; bei Gandi mindestens 300.',
  'setting.help.the-service-s-address-72c238':
    'Die Adresse des Dienstes; https://api.gandi.net/v5/livedns, sofern Sie keinen eigenen betreiben.',
  'setting.choice.hetzner-dns-console-18e772': 'Hetzner DNS Console',
  'setting.help.the-zone-as-the-eacbf1': 'Die Zone, wie die DNS Console sie aufführt, z. B. example.org.',
  'setting.help.a-token-from-the-6e783a':
    'Ein Token aus der DNS Console, API tokens; in die Hetzner Cloud umgezogene Zonen brauchen Hetzner Cloud DNS.',
  'setting.label.zone-id-2a1888': 'Zonen-ID',
  'setting.help.the-zone-s-id-f42e41':
    'Die ID der Zone von ihrer Seite in der DNS Console; leer gelassen, über den Namen der Zone gefunden.',
  'setting.help.the-ttl-sent-with-1c406b': 'Die mit dem Eintrag gesendete TTL; leer gelassen, die TTL der Zone.',
  'setting.help.the-service-s-address-d5d809':
    'Die Adresse des Dienstes; https://dns.hetzner.com/api/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.hostinger-7f6fea': 'Hostinger',
  'setting.help.the-domain-as-hpanel-03394c': 'Die Domain, wie hPanel sie aufführt, z. B. example.org.',
  'setting.help.a-token-made-in-dba5a1': 'Ein in hPanel unter Konto, API erstelltes Token.',
  'setting.help.the-service-s-address-fb633a':
    'Die Adresse des Dienstes; https://developers.hostinger.com/api/dns/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.ipv64-net-8c3941': 'IPv64.net',
  'setting.label.domain-update-token-fcca86': 'Domain-Update-Token',
  'setting.help.the-domain-update-token-758ee5':
    'Das Domain-Update-Token von der Kontoseite bei ipv64.net, nicht das Kontopasswort.',
  'setting.choice.myaddr-tools-d75236': 'myaddr.tools',
  'setting.help.the-name-claimed-at-165c57': 'Der bei myaddr.tools angelegte Name, z. B. your-name.myaddr.tools.',
  'setting.label.private-key-2f5fdb': 'Privater Schlüssel',
  'setting.help.the-private-key-shown-9e57e8':
    'Der private Schlüssel, der beim Anlegen des Namens angezeigt wurde; er aktualisiert nur diesen Namen.',
  'setting.help.the-service-s-address-a311db':
    'Die Adresse des Dienstes; https://myaddr.tools, sofern Sie keinen eigenen betreiben.',
  'setting.choice.linode-akamai-91b02a': 'Linode (Akamai)',
  'setting.help.a-token-whose-domains-7447e3':
    'Ein Token, dessen Domains-Zugriff Read/Write ist, aus API Tokens im Cloud Manager.',
  'setting.help.the-ttl-of-a-567429':
    'Die TTL eines Eintrags, den IPWatch anlegt; weggelassen, die der Domain. Linode rundet sie.',
  'setting.help.the-service-s-address-8e64e9':
    'Die Adresse des Dienstes; https://api.linode.com/v4, sofern Sie keinen eigenen betreiben.',
  'setting.choice.luadns-1cfd4f': 'LuaDNS',
  'setting.help.the-zone-as-luadns-6024a9': 'Die Zone, wie LuaDNS sie aufführt, z. B. example.org.',
  'setting.label.account-email-6205f4': 'E-Mail des Kontos',
  'setting.help.the-email-address-you-d53bba': 'Die E-Mail-Adresse, mit der Sie sich bei LuaDNS anmelden.',
  'setting.help.an-api-key-from-b796d4':
    'Ein API-Schlüssel aus Account, API Keys; die API muss dort eingeschaltet sein.',
  'setting.help.the-ttl-of-a-72097e':
    'Die TTL eines Eintrags, den IPWatch anlegt; ein geänderter Eintrag behält seine eigene.',
  'setting.help.the-service-s-address-9c3fd4':
    'Die Adresse des Dienstes; https://api.luadns.com/v1, sofern Sie keinen eigenen betreiben.',
  'setting.choice.google-cloud-dns-606be8': 'Google Cloud DNS',
  'setting.label.project-id-a0937b': 'Projekt-ID',
  'setting.help.the-id-of-the-f52fbe': 'Die ID des Google-Cloud-Projekts, z. B. my-project-123.',
  'setting.label.cloud-dns-zone-name-f701c2': 'Name der Zone in Cloud DNS',
  'setting.help.the-managed-zone-s-4f944d':
    'Der Name der verwalteten Zone in Cloud DNS (nicht ihr DNS-Name), z. B. example-org.',
  'setting.label.service-account-key-json-309bb6': 'Dienstkontoschlüssel (JSON)',
  'setting.help.the-service-account-s-a93cd8':
    'Die JSON-Schlüsseldatei des Dienstkontos, vollständig eingefügt; das Konto braucht die Rolle DNS-Administrator.',
  'setting.help.the-service-s-address-1e3d7d':
    'Die Adresse des Dienstes; https://dns.googleapis.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.gcore-b931f9': 'Gcore',
  'setting.help.the-zone-as-the-7c0837': 'Die Zone, wie das Gcore-Portal sie unter DNS führt, z. B. example.com.',
  'setting.label.permanent-api-token-247c76': 'Dauerhaftes API-Token',
  'setting.help.a-permanent-api-token-2dfabc':
    'Ein dauerhaftes API-Token aus Profil, API-Tokens (es enthält ein $: ganz einfügen).',
  'setting.help.how-long-resolvers-may-361986':
    'Wie lange Resolver den Eintrag behalten dürfen; 120 ist das Kürzeste des kostenlosen Tarifs.',
  'setting.help.the-service-s-address-41ad71':
    'Die Adresse des Dienstes; https://api.gcore.com/dns/v2, sofern Sie keinen eigenen betreiben.',
  'setting.choice.huawei-cloud-5cda0d': 'Huawei Cloud',
  'setting.help.the-public-zone-at-b56bcf': 'Die öffentliche Zone bei Huawei Cloud DNS, z. B. example.com.',
  'setting.label.access-key-id-ak-3f954b': 'Access Key ID (AK)',
  'setting.help.the-access-key-id-c33164':
    'Die Access Key ID eines IAM-Benutzers, der die Record Sets der Zone ändern darf.',
  'setting.label.secret-access-key-sk-7ed7db': 'Secret Access Key (SK)',
  'setting.help.the-secret-access-key-7929fe':
    'Der Secret Access Key, der beim Anlegen des Zugriffsschlüssels gespeichert wurde.',
  'setting.help.how-long-resolvers-may-e197e1':
    'Wie lange Resolver den Eintrag behalten dürfen; Huawei Cloud nimmt ab 1.',
  'setting.help.the-service-s-address-e2a8db':
    'Adresse des Dienstes; https://dns.myhuaweicloud.com, sofern Sie keinen eigenen betreiben.',
  'setting.choice.hipm-dnsmgr-d46270': 'HiPM DNSMgr',
  'setting.label.dnsmgr-address-fc3e4c': 'DNSMgr-Adresse',
  'setting.help.where-your-dnsmgr-answers-45655a':
    'Wo Ihr DNSMgr antwortet, z. B. https://dnsmgr.example.com (sein /api wird angehängt).',
  'setting.help.the-domain-as-dnsmgr-9e4eb8': 'Die Domain, wie DNSMgr sie auflistet, z. B. example.com.',
  'setting.help.an-api-token-made-4eb21c': 'Ein in DNSMgr erstelltes API-Token, als Bearer-Token gesendet.',
} satisfies Area<typeof source>;
