/**
 * The app's first-run wizard's offer of a host name kept pointing here: off until asked for,
 * then the Settings page's own DDNS rows and record forms (with Test) over the wizard's records.
 */
import { useState } from 'react';

import { useEngine } from '../api/engine';
import { useTranslator } from '../i18n/I18n';
import { DdnsEditor } from '../settings/ddns/DdnsEditor';
import type { FormCtx } from '../settings/fields';
import { getAt, setAt } from '../settings/schema-walk';
import { ddnsDraftErrors, ddnsProblemLines, saveDdnsRecords } from './first-run-ddns';

/** The offer's state: its props, what keeps its records from being saved, and the save itself (as lines to show). */
export function useAppDdns() {
  const { client } = useEngine();
  const words = useTranslator();
  const [wanted, setWanted] = useState(false);
  const [records, setRecords] = useState<unknown[]>([]);
  const chosen = wanted ? records : [];
  const onWanted = (on: boolean) => {
    setWanted(on);
    if (!on) setRecords([]);
  };
  return {
    props: { wanted, records, onWanted, onChange: setRecords },
    problems: () => ddnsProblemLines(ddnsDraftErrors(chosen), chosen, words),
    save: () => saveDdnsRecords(client, chosen, words),
  };
}

export function AppDdns({
  wanted,
  records,
  onWanted,
  onChange,
}: {
  wanted: boolean;
  records: unknown[];
  onWanted: (wanted: boolean) => void;
  onChange: (records: unknown[]) => void;
}) {
  const draft = { ddns: { records } };
  const { t } = useTranslator();
  const ctx: FormCtx = {
    draft,
    errors: ddnsDraftErrors(records),
    set: (path, value) => onChange((getAt(setAt(draft, path, value), ['ddns', 'records']) as unknown[]) ?? []),
  };
  return (
    <fieldset>
      <legend>{t('web.firstRun.hostNameOptional')}</legend>
      <label>
        <input type="checkbox" checked={wanted} onChange={(e) => onWanted(e.target.checked)} />{' '}
        {t('web.firstRun.keepHostName')}
      </label>
      <p className="muted small">{t('web.firstRun.keepHostNameHelp')}</p>
      {wanted && <DdnsEditor ctx={ctx} />}
    </fieldset>
  );
}
