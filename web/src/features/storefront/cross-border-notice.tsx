// The cross-border notice (DOMAIN.md §7): origin standards, Chinese labels, personal use, tax and limits.
// The limits are the 2019 figures (财关税〔2018〕49号); they will come from the server once checkout exists.
import { useT } from '../../app/i18n/i18n';

const PER_ORDER_CNY = 5000;
const PER_YEAR_CNY = 26000;

export function CrossBorderNotice() {
  const { t } = useT();
  const points = [
    t('store.notice.standards'),
    t('store.notice.label'),
    t('store.notice.personal'),
    t('store.notice.tax'),
    t('store.notice.limits', { perOrder: PER_ORDER_CNY, perYear: PER_YEAR_CNY }),
  ];
  return (
    <section className="store-section store-notice" id="notice" aria-labelledby="notice-title">
      <h2 id="notice-title">{t('store.notice.title')}</h2>
      <ol>
        {points.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ol>
    </section>
  );
}
