/**
 * A table of records as the pages draw them (the audit log, outages, sources): in a region that scrolls
 * sideways (TableWrap; `stack` turns each row into a block on a narrow window), named for a
 * screen reader by a caption only it reads, one header per column. The rows are the children.
 */
import type { ReactNode } from 'react';

import { ColumnHeads } from './ColumnHeads';
import { TableWrap } from './TableWrap';

export interface DataTableProps {
  /** The scrolling region's name ("Audit log, scrollable"). */
  label: string;
  /** The table's name ("Audit log"). */
  caption: string;
  columns: readonly string[];
  stack?: boolean;
  /** The body's rows. */
  children: ReactNode;
}

export function DataTable({ label, caption, columns, stack = false, children }: DataTableProps) {
  return (
    <TableWrap label={label} stack={stack}>
      <table>
        <caption className="sr-only">{caption}</caption>
        <ColumnHeads columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </TableWrap>
  );
}
