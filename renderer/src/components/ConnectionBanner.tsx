/** Says so when the engine cannot be reached; goes away by itself once it answers again. */
import { useConnectionState } from '../api/engine';
import { useTranslator } from '../i18n/I18n';

export function ConnectionBanner() {
  const state = useConnectionState();
  const { t } = useTranslator();
  if (state !== 'disconnected') return null;
  return (
    <div className="banner" role="alert">
      {t('web.banner.disconnected')}
    </div>
  );
}
