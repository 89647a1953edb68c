/**
 * A table's header row: one column header per name and, with `actions`, a last column for the
 * row's buttons whose name ("Actions") only a screen reader reads. One copy for every table the
 * pages draw (DataTable, the signed-in browsers, the app's stored secrets).
 */
import { useTranslator } from '../i18n/I18n';

export function ColumnHeads({ columns, actions = false }: { columns: readonly string[]; actions?: boolean }) {
  const { t } = useTranslator();
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
        {actions && (
          <th scope="col">
            <span className="sr-only">{t('web.table.actions')}</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
