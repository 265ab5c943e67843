import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { CATEGORIES } from './categories';

type Props = { withBlurb?: boolean; counts?: ReadonlyMap<string, number> | undefined };

/** Round icon tiles linking to each category; `withBlurb` adds a line of examples (the categories page), `counts` the number of products. */
export function CategoryTiles({ withBlurb = false, counts }: Props) {
  const { t } = useT();
  return (
    <ul className={withBlurb ? 'category-tiles category-tiles-wide' : 'category-tiles'}>
      {CATEGORIES.map(({ slug, Icon, tone }) => (
        <li key={slug}>
          <Link to={`/categories/${slug}`} className="category-tile" style={{ '--tone': tone } as CSSProperties}>
            <span className="category-tile-icon">
              <Icon size={26} />
            </span>
            <span className="category-tile-text">
              <span className="category-tile-name">{t(`store.cat.${slug}`)}</span>
              {withBlurb ? <span className="category-tile-blurb">{t(`store.catBlurb.${slug}`)}</span> : null}
              {counts ? <span className="category-tile-count">{t('shop.home.categoryCount', { count: counts.get(slug) ?? 0 })}</span> : null}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
