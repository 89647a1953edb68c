/**
 * A table's header row: one column header per name and, with `actions`, a last column for the
 * row's buttons whose name ("Actions") only a screen reader reads. One copy for every table the
 * pages draw (DataTable, the signed-in browsers, the app's stored secrets).
 */
export function ColumnHeads({ columns, actions = false }: { columns: readonly string[]; actions?: boolean }) {
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
            <span className="sr-only">Actions</span>
          </th>
        )}
      </tr>
    </thead>
  );
}
