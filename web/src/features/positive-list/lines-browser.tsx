// The tariff lines of one version: search by code prefix or description, "Load more" by code.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import type { ListLine, ListVersion } from './list-types';
import '../../app/styles/filters.css';

type Answer = { items: ListLine[]; nextAfter: string | null };
const LIMIT = 100;

export function LinesBrowser({ version }: { version: ListVersion }) {
  const { t } = useT();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [lines, setLines] = useState<ListLine[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);

  const fetchPage = useCallback(
    (after: string | null) => api.get<Answer>(`/ops/positive-list/versions/${encodeURIComponent(version.id)}/lines`, { q: q || undefined, limit: LIMIT, after: after ?? undefined }),
    [version.id, q],
  );

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    fetchPage(null).then(
      (a) => {
        if (!live) return;
        setLines(a.items);
        setNext(a.nextAfter);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setLines([]);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [fetchPage]);

  async function more() {
    setLoading(true);
    try {
      const a = await fetchPage(next);
      setLines((l) => [...l, ...a.items]);
      setNext(a.nextAfter);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }

  const search = (e: FormEvent) => {
    e.preventDefault();
    setQ(draft.trim());
  };
  return (
    <section aria-labelledby="lines-title">
      <div className="section-head">
        <h2 id="lines-title" className="section-title">
          {t('list.linesOf', { announcement: version.announcement })}
        </h2>
      </div>
      <form className="filter-bar" role="search" onSubmit={search}>
        <div className="field">
          <label htmlFor="lines-q">{t('ops.filter.search')}</label>
          <input id="lines-q" type="search" maxLength={100} placeholder={t('list.searchHint')} value={draft} onChange={(e) => setDraft(e.target.value)} />
        </div>
        <div className="filter-actions">
          <button type="submit" className="btn btn-primary btn-sm">
            {t('ops.filter.apply')}
          </button>
        </div>
      </form>
      <div className="table-card" aria-busy={loading}>
        <div className="table-scroll">
          <table className="data-table" aria-label={t('list.linesOf', { announcement: version.announcement })}>
            <thead>
              <tr>
                <th scope="col">{t('list.hsCode')}</th>
                <th scope="col">{t('list.description')}</th>
                <th scope="col">{t('list.remarkType')}</th>
                <th scope="col">{t('list.remark')}</th>
                <th scope="col">{t('list.cap')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.hsCode}>
                  <td className="mono nowrap">{l.hsCode}</td>
                  <td lang="zh-CN">{l.description}</td>
                  <td>{l.remarkType === 'none' ? <span className="muted">—</span> : <span className="badge badge-warning">{t(`list.remark.${l.remarkType}`)}</span>}</td>
                  <td lang="zh-CN">{l.remark ?? ''}</td>
                  <td className="nowrap">{l.capQuantity ? `${l.capQuantity} ${l.capUnit ?? ''}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {loading ? <Loading /> : null}
        {error ? <ErrorNotice error={error} /> : null}
        {!loading && !error && lines.length === 0 ? <p className="table-empty muted">{t('list.noLines')}</p> : null}
        <div className="table-footer">
          <span aria-live="polite">{t('common.shown', { count: lines.length })}</span>
          {next ? (
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => void more()} disabled={loading}>
              {t('common.loadMore')}
            </button>
          ) : null}
        </div>
      </div>
    </section>
  );
}
