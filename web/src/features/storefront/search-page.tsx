// /search?q=…: results with facets, sort and "加载更多" (GET /api/v1/search). Without a query it lists
// the whole catalog, so "新品上架 → 更多" (sort=newest) and a bare /search both show products.
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { SearchIcon } from '../../app/ui/icons';
import { SearchResults } from './search-results';

export function SearchPage() {
  const { t } = useT();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  const title = q ? t('store.search.title', { q }) : t('shop.search.all');
  useDocumentTitle(title);
  return (
    <div className="store-page">
      <h1 className="store-page-title">{title}</h1>
      <SearchResults
        q={q}
        empty={{
          title: t('store.search.emptyTitle'),
          icon: <SearchIcon size={28} />,
          body: <p>{q ? t('shop.search.emptyBody', { q }) : t('shop.search.emptyCatalog')}</p>,
          action: (
            <Link to="/categories" className="btn btn-primary">
              {t('shop.search.browseCategories')}
            </Link>
          ),
        }}
      />
    </div>
  );
}
