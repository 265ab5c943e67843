// The card around a data table: the scrolling table (head cells, body rows), then the loading state,
// the empty state once loading is over without rows or error, and an optional footer (e.g. ListFooter).
import type { ReactNode } from 'react';
import { ListFooter } from './list-footer';
import { Loading, NoAccess } from './states';
import { ErrorNotice } from './notice';
import { isForbidden } from '../use-api';

type Props = {
  /** The table's accessible name. */
  label?: string;
  /** Extra classes on the table next to `data-table`. */
  tableClass?: string;
  /** The header cells (`<th>`), wrapped in one header row. */
  head: ReactNode;
  /** The body rows (`<tr>`). */
  children: ReactNode;
  loading: boolean;
  error: unknown;
  count: number;
  /** Shown when there is nothing to list: a string becomes a muted line, anything else is shown as is. */
  empty: ReactNode;
  /** Marks the card `aria-busy` while loading. */
  busy?: boolean;
  footer?: ReactNode;
};

export function TableCard({ label, tableClass, head, children, loading, error, count, empty, busy, footer }: Props) {
  return (
    <div className="table-card" aria-busy={busy ? loading : undefined}>
      <div className="table-scroll">
        <table className={tableClass ? `data-table ${tableClass}` : 'data-table'} aria-label={label}>
          <thead>
            <tr>{head}</tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
      {loading ? <Loading /> : null}
      {!loading && !error && count === 0 ? typeof empty === 'string' ? <p className="table-empty muted">{empty}</p> : empty : null}
      {footer}
    </div>
  );
}

type CursorListState = { items: readonly unknown[]; nextCursor: string | null; loading: boolean; loadingMore: boolean; error: unknown; loadMore: () => Promise<void>; reload: () => void };

/** A TableCard over a cursor-paginated list (useCursorList): busy while loading, "Load more" under it. */
/**
 * A paged list's table, with the list's problems above it: "no access" for a 403, and the error
 * with a retry when nothing could be loaded (later page errors show in the footer instead).
 */
export function ListTableCard({ list, ...table }: Omit<Props, 'loading' | 'error' | 'count' | 'busy' | 'footer'> & { list: CursorListState }) {
  const forbidden = isForbidden(list.error);
  return (
    <>
      {forbidden ? <NoAccess /> : null}
      {list.error && list.items.length === 0 && !forbidden ? <ErrorNotice error={list.error} onRetry={list.reload} /> : null}
      <TableCard
      {...table}
      busy
      loading={list.loading}
      error={list.error}
      count={list.items.length}
      footer={<ListFooter count={list.items.length} hasMore={Boolean(list.nextCursor)} loadingMore={list.loadingMore} error={list.error} onLoadMore={() => void list.loadMore()} />}
      />
    </>
  );
}
