/**
 * "Test this source": asks it once as configured on the page, saved or not, and says what it
 * answered. In a row it is a short "Test"; a source not filled in yet opens its form instead.
 * The button and its answer are every item's (items/ItemTest.tsx).
 */
import { type CustomSource, customSourceSchema } from '../../../../shared/settings';
import { useEngine } from '../../api/engine';
import { useTranslator } from '../../i18n/I18n';
import { ItemTest } from '../items/ItemTest';

export function TestSource({
  source,
  name,
  onIncomplete,
}: {
  source: CustomSource;
  /** In a row: the source's name, for the button's accessible name. */
  name?: string;
  /** In a row: a source that cannot be tested yet opens its form instead. */
  onIncomplete?: () => void;
}) {
  const { client } = useEngine();
  const words = useTranslator();
  return (
    <ItemTest
      testThis="Test this source"
      valid={customSourceSchema.safeParse(source).success}
      run={() => client.testSource({ source })}
      words={(r) =>
        r.ok
          ? { ok: true, text: words.t('settings.sources.answered', { ip: r.ip, ms: r.ms }) }
          : {
              ok: false,
              text: words.t('settings.sources.failed'),
              error: {
                raw: r.error,
                url: 'url' in source ? source.url : 'server' in source ? source.server : undefined,
              },
            }
      }
      name={name}
      onIncomplete={onIncomplete}
    />
  );
}
