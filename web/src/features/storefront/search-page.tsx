// /search?q=: products are not listed yet, so every search ends in an honest empty result that points
// to the sellers already on Gateway.
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { SearchIcon } from '../../app/ui/icons';
import { EmptyState } from '../../app/ui/states';

export function SearchPage() {
  const { t } = useT();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const title = q ? t('store.search.title', { q }) : t('store.search.titleBlank');
  useDocumentTitle(title);
  return (
    <div className="store-page">
      <h1 className="store-page-title">{title}</h1>
      <div className="store-panel">
        {q ? (
          <EmptyState
            title={t('store.search.emptyTitle')}
            icon={<SearchIcon size={28} />}
            action={
              <Link to={{ pathname: '/', hash: '#sellers' }} className="btn btn-primary">
                {t('store.search.browse')}
              </Link>
            }
          >
            <p>{t('store.search.emptyBody', { q })}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t('store.search.prompt')} icon={<SearchIcon size={28} />} />
        )}
      </div>
    </div>
  );
}
