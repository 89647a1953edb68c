/**
 * Settings, Plugins (issue 77): the plugins folder as the engine reads it (getPlugins), one block
 * per manifest: its name and kind, what uses it, why it cannot be used, the hosts it declares, and
 * its settings' fields with whether the manifest gives each a value. Read only: the values stay in
 * the manifest beside the program (the owner installs and configures it in one place), so the
 * page says where to edit them and never shows one. An empty folder says where it is.
 */
import { useQuery } from '@tanstack/react-query';

import type { PluginFieldView, PluginView } from '../../../../shared/contract/plugins';
import { formatList } from '../../../../shared/i18n/format';
import type { Translator } from '../../../../shared/i18n/translator';
import { sayReason } from '../../../../shared/words/reason';
import { useEngine } from '../../api/engine';
import { ColumnHeads } from '../../components/ColumnHeads';
import { QueryState } from '../../components/QueryState';
import { TableWrap } from '../../components/TableWrap';
import { useTranslator } from '../../i18n/I18n';

function Fields({ plugin, words }: { plugin: PluginView; words: Translator }) {
  const { t } = words;
  if (plugin.fields.length === 0) return <p className="muted small">{t('settings.plugins.noFields')}</p>;
  const cols = [
    t('settings.plugins.colName'),
    t('settings.plugins.colType'),
    t('settings.plugins.colRequired'),
    t('settings.plugins.colSecret'),
    t('settings.plugins.colValue'),
  ];
  const cell = (f: PluginFieldView) => [
    t('settings.plugins.type', { type: f.type }),
    t('settings.plugins.required', { required: String(f.required) }),
    t('settings.plugins.secret', { secret: String(f.secret) }),
    t('settings.plugins.set', { set: String(f.set) }),
  ];
  return (
    <TableWrap label={t('settings.plugins.scroll', { name: plugin.name ?? plugin.file })} stack>
      <table aria-label={t('settings.plugins.fields')}>
        <ColumnHeads columns={cols} />
        <tbody>
          {plugin.fields.map((f) => (
            <tr key={f.name}>
              <th scope="row">
                <code>{f.name}</code>
              </th>
              {cell(f).map((c, i) => (
                <td key={cols[i + 1]} data-label={cols[i + 1]}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function Plugin({ plugin, words }: { plugin: PluginView; words: Translator }) {
  const { t } = words;
  const hosts = plugin.hosts.map((h) => t('settings.plugins.host', { ...h }));
  const use =
    plugin.usedBy.length > 0
      ? t('settings.plugins.usedBy', { users: formatList(plugin.usedBy, words.language) })
      : t('settings.plugins.unused');
  return (
    <li data-testid={`plugin-${plugin.file}`}>
      <h3>
        {plugin.name ?? t('settings.plugins.unnamed', { file: plugin.file })}{' '}
        <span className="muted small">{t('settings.plugins.kind', { kind: plugin.kind ?? 'unknown' })}</span>
      </h3>
      {plugin.error !== null ? (
        <p role="note" className="error-text">
          {t('settings.plugins.notUsable', { why: sayReason(plugin.reason, plugin.error, words) })}
        </p>
      ) : (
        <p>{use}</p>
      )}
      {plugin.kind !== null && (
        <p className="small">
          {hosts.length > 0
            ? t('settings.plugins.hosts', { hosts: formatList(hosts, words.language) })
            : t('settings.plugins.noHosts')}
        </p>
      )}
      {plugin.kind !== null && <Fields plugin={plugin} words={words} />}
    </li>
  );
}

export function PluginsPanel() {
  const { client } = useEngine();
  const words = useTranslator();
  const { t } = words;
  const query = useQuery({ queryKey: ['plugins'], queryFn: () => client.getPlugins() });
  return (
    <div className="plugins">
      <p>{t('settings.plugins.edit')}</p>
      <QueryState
        query={query}
        what={t('settings.plugins.what')}
        isEmpty={(d) => d.plugins.length === 0}
        empty={
          <p data-testid="plugins-none">
            {query.data?.folder
              ? t('settings.plugins.none', { folder: query.data.folder })
              : t('settings.plugins.noFolder')}
          </p>
        }
      >
        {(d) => (
          <>
            <p className="muted small">{t('settings.plugins.folder', { folder: d.folder ?? '' })}</p>
            <ul className="plugin-list">
              {d.plugins.map((p) => (
                <Plugin key={p.file} plugin={p} words={words} />
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </div>
  );
}
