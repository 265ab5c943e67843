import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';

export function StoreFooter() {
  const { t } = useT();
  return (
    <footer className="store-footer">
      <div className="store-footer-inner">
        <p className="store-footer-about">{t('store.footer.about')}</p>
        <ul className="store-footer-links">
          <li>
            <Link to="/seller/sign-up">{t('store.footer.sell')}</Link>
          </li>
          <li>
            <Link to={{ pathname: '/', hash: '#notice' }}>{t('store.footer.notice')}</Link>
          </li>
        </ul>
        <p className="store-footer-copy">{t('store.footer.copyright', { year: String(new Date().getFullYear()) })}</p>
      </div>
    </footer>
  );
}
