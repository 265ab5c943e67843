import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { CartIcon } from '../../app/ui/icons';
import { EmptyState } from '../../app/ui/states';

export function CartPage() {
  const { t } = useT();
  useDocumentTitle(t('store.cart.title'));
  return (
    <div className="store-page">
      <h1 className="store-page-title">{t('store.cart.title')}</h1>
      <div className="store-panel">
        <EmptyState
          title={t('store.cart.emptyTitle')}
          icon={<CartIcon size={28} />}
          action={
            <Link to="/" className="btn btn-primary">
              {t('store.cart.browse')}
            </Link>
          }
        >
          <p>{t('store.cart.emptyBody')}</p>
        </EmptyState>
      </div>
    </div>
  );
}
