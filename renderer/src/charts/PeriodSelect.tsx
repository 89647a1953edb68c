/** The period picker of the Charts and Map pages: the periods of default-period.ts, in the page's words. */
import { useTranslator } from '../i18n/I18n';
import { PERIODS } from './default-period';

export function PeriodSelect({ days, onChange }: { days: number; onChange: (days: number) => void }) {
  const words = useTranslator();
  return (
    <label>
      {words.t('web.charts.period')}{' '}
      <select value={days} onChange={(e) => onChange(Number(e.target.value))}>
        {PERIODS.map((p) => (
          <option key={p.days} value={p.days}>
            {words.t(p.label)}
          </option>
        ))}
      </select>
    </label>
  );
}
