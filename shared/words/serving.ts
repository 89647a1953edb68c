/**
 * The words for how the dashboard is served (AppStatus's `api`): the certificate line a person
 * compares with what the browser shows, read the same in the tray, the CLI, the log and the
 * pages, and the warning when plain HTTP reaches other machines; in the reader's language
 * (`serving.*`). Pure.
 */
import type { ApiServingStatus, ServedCertificate } from '../contract/serving';
import type { Translator } from '../i18n/translator';
import { settingName } from './setting-label';

/**
 * What the fingerprint is of: "Certificate (made by IPWatch) SHA-256", or the setting that names
 * the files by its label, before the fingerprint itself.
 */
export const certificateLabel = (tls: Pick<ServedCertificate, 'generated'>, words: Translator): string =>
  tls.generated
    ? words.t('serving.certificate.generated')
    : words.t('serving.certificate.configured', { setting: settingName('api.tls', words) });

/** The line a person compares with what the browser shows ("Certificate (…) SHA-256: AB:CD:…"); null without TLS. */
export function certificateLine(s: ApiServingStatus | undefined, words: Translator): string | null {
  if (!s?.tls) return null;
  return words.t('serving.certificateLine', { label: certificateLabel(s.tls, words), fingerprint: s.tls.fingerprint });
}

/** The warning the dashboard's header shows in red, and the CLI prints, when plain HTTP reaches other machines. */
export const plainHttpWords = (words: Translator): string => words.t('serving.plainHttp');
