// /categories and /categories/:slug: a category lists its products through the search API (filtered
// by category), with the same facets, sort and paging as search results.
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { NotFound } from '../../app/ui/states';
import { findCategory } from './categories';
import { CategoryTiles } from './category-tiles';
import { SearchResults } from './search-results';

export function CategoriesPage() {
  const { t } = useT();
  useDocumentTitle(t('store.categories.all'));
  return (
    <div className="store-page">
      <h1 className="store-page-title">{t('store.categories.all')}</h1>
      <CategoryTiles withBlurb />
    </div>
  );
}

export function CategoryPage() {
  const { t } = useT();
  const category = findCategory(useParams().slug);
  const name = category ? t(`store.cat.${category.slug}`) : null;
  useDocumentTitle(name);
  if (!category || !name) return <NotFound home="/categories" />;
  const { Icon, slug } = category;
  return (
    <div className="store-page">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/categories">{t('store.categories.all')}</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{name}</span>
      </nav>
      <div>
        <h1 className="store-page-title">{name}</h1>
        <p className="muted">{t(`store.catBlurb.${slug}`)}</p>
      </div>
      <SearchResults
        q=""
        fixed={{ category: slug }}
        empty={{
          title: t('store.category.emptyTitle'),
          icon: <Icon size={28} />,
          body: <p>{t('store.category.emptyBody', { category: name })}</p>,
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
