// Ops › Positive list: the imported versions of China's cross-border retail import list (which one is
// in force), importing a new one from the official file, and browsing a version's tariff lines.
import { useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice } from '../../app/ui/notice';
import { NoAccess } from '../../app/ui/states';
import { TableCard } from '../../app/ui/table-card';
import { isForbidden, useApiQuery } from '../../app/use-api';
import { ImportListForm } from './import-list-form';
import { LinesBrowser } from './lines-browser';
import type { ListVersion } from './list-types';
import './positive-list.css';

export function PositiveListPage() {
  const { t } = useT();
  const versions = useApiQuery<{ items: ListVersion[] }>('/ops/positive-list/versions');
  const [browsing, setBrowsing] = useState<string | null>(null);
  useDocumentTitle(t('list.title'));
  const items = versions.data?.items ?? [];
  const shown = items.find((v) => v.id === browsing) ?? items.find((v) => v.inForce) ?? items[0] ?? null;

  if (isForbidden(versions.error)) return <NoAccess />;
  return (
    <div className="ops-page positive-list-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('list.title')}</h1>
          <p className="muted">{t('list.lead')}</p>
        </div>
      </div>
      {versions.error ? <ErrorNotice error={versions.error} onRetry={versions.reload} /> : null}
      <section aria-labelledby="versions-title">
        <h2 id="versions-title" className="section-title">
          {t('list.versions')}
        </h2>
        <TableCard
          label={t('list.versions')}
          loading={versions.loading}
          error={versions.error}
          count={items.length}
          empty={t('list.noVersions')}
          head={
            <>
              <th scope="col">{t('list.announcement')}</th>
              <th scope="col">{t('list.effectiveFrom')}</th>
              <th scope="col" className="num">
                {t('list.lines')}
              </th>
              <th scope="col">{t('list.source')}</th>
              <th scope="col">{t('list.importedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('ops.users.actions')}</span>
              </th>
            </>
          }
        >
          {items.map((v) => (
            <tr key={v.id} className={shown?.id === v.id ? 'is-selected' : undefined}>
              <td>
                <strong>{v.announcement}</strong> {v.inForce ? <span className="badge badge-success">{t('list.inForce')}</span> : null}
                {v.notes ? <div className="muted">{v.notes}</div> : null}
              </td>
              <td className="nowrap">{v.effectiveFrom}</td>
              <td className="num">{v.lineCount.toLocaleString()}</td>
              <td>
                {v.sourceName}
                <div className="mono muted" title={v.sourceSha256}>
                  sha256 {v.sourceSha256.slice(0, 12)}…
                </div>
              </td>
              <td className="nowrap">{t('common.dateTime', { date: new Date(v.importedAt) })}</td>
              <td className="cell-actions">
                <button type="button" className="btn btn-secondary btn-sm" onClick={() => setBrowsing(v.id)} aria-pressed={shown?.id === v.id}>
                  {t('list.browse')}
                </button>
              </td>
            </tr>
          ))}
        </TableCard>
      </section>
      <ImportListForm onImported={versions.reload} />
      {shown ? <LinesBrowser key={shown.id} version={shown} /> : null}
    </div>
  );
}
