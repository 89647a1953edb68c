/** Copies a value to the clipboard and says so (aria-live) for a moment. */
import { useEffect, useState } from 'react';

import type { MessageId } from '../../../shared/i18n/translator';
import { useTranslator } from '../i18n/I18n';

export function CopyButton({ value, label }: { value: string; label: string }) {
  const [said, setSaid] = useState<'' | MessageId>('');
  const { t } = useTranslator();
  useEffect(() => {
    if (!said) return;
    const t = setTimeout(() => setSaid(''), 2000);
    return () => clearTimeout(t);
  }, [said]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setSaid('web.copy.copied');
    } catch {
      setSaid('web.copy.failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" onClick={() => void copy()} aria-label={label}>
        {t('web.copy.copy')}
      </button>
      <span aria-live="polite" className="copy-said">
        {said && t(said)}
      </span>
    </span>
  );
}
