// /categories and /categories/:slug. Category pages show their products once sellers list them.
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { NotFound, EmptyState } from '../../app/ui/states';
import { findCategory } from './categories';
import { CategoryTiles } from './category-tiles';

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
      <h1 className="store-page-title">{name}</h1>
      <p className="muted">{t(`store.catBlurb.${slug}`)}</p>
      <div className="store-panel">
        <EmptyState
          title={t('store.category.emptyTitle')}
          icon={<Icon size={28} />}
          action={
            <Link to={{ pathname: '/', hash: '#sellers' }} className="btn btn-primary">
              {t('store.search.browse')}
            </Link>
          }
        >
          <p>{t('store.category.emptyBody', { category: name })}</p>
        </EmptyState>
      </div>
    </div>
  );
}
