// Under every list table: how many rows are shown, and "Load more" while the server has more.
import { useT } from '../i18n/i18n';
import { ErrorNotice } from './notice';

type Props = { count: number; hasMore: boolean; loadingMore: boolean; error: unknown; onLoadMore: () => void };

export function ListFooter({ count, hasMore, loadingMore, error, onLoadMore }: Props) {
  const { t } = useT();
  return (
    <>
      {error && count > 0 ? (
        <div className="table-error">
          <ErrorNotice error={error} onRetry={onLoadMore} />
        </div>
      ) : null}
      <div className="table-footer">
        <span aria-live="polite">{t('common.shown', { count })}</span>
        {hasMore ? (
          <button type="button" className="btn btn-secondary btn-sm" onClick={onLoadMore} disabled={loadingMore}>
            {loadingMore ? t('common.loadingMore') : t('common.loadMore')}
          </button>
        ) : null}
      </div>
    </>
  );
}
