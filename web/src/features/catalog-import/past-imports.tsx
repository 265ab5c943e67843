// The store's earlier imports, newest first; View reopens a report.
import type { Page } from '../../app/api-types';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { TableCard } from '../../app/ui/table-card';
import type { ApiQuery } from '../../app/use-api';
import type { CatalogImport } from './import-types';

export function PastImports({ query, onOpen }: { query: ApiQuery<Page<CatalogImport>>; onOpen: (r: CatalogImport) => void }) {
  const { t } = useT();
  const items = query.data?.items ?? [];
  return (
    <section aria-labelledby="past-title">
      <div className="section-head">
        <h2 id="past-title" className="section-title">
          {t('import.past')}
        </h2>
      </div>
      {query.error ? <ErrorNotice error={query.error} onRetry={query.reload} /> : null}
      <TableCard
        label={t('import.past')}
        loading={query.loading}
        error={query.error}
        count={items.length}
        empty={t('import.noPast')}
        head={
          <>
            <th scope="col">{t('import.file')}</th>
            <th scope="col">{t('import.when')}</th>
            <th scope="col">{t('products.state')}</th>
            <th scope="col" className="num">
              {t('import.totalRows')}
            </th>
            <th scope="col" className="num">
              {t('import.errorCount')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('ops.users.actions')}</span>
            </th>
          </>
        }
      >
        {items.map((r) => (
          <tr key={r.id}>
            <td>{r.fileName}</td>
            <td className="nowrap">{t('common.dateTime', { date: new Date(r.createdAt) })}</td>
            <td>{t(r.status === 'imported' ? 'import.status.imported' : r.status === 'validated' ? 'import.status.validated' : 'import.status.discarded')}</td>
            <td className="num">{r.totalRows}</td>
            <td className="num">{r.errorCount}</td>
            <td className="cell-actions">
              <button type="button" className="btn btn-secondary btn-sm" onClick={() => onOpen(r)}>
                {t('import.view')}
              </button>
            </td>
          </tr>
        ))}
      </TableCard>
    </section>
  );
}
