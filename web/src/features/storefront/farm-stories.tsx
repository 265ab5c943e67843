// "来自美国农场": stores that tell their story, grouped by the US state they farm or make things in.
import { Link } from 'react-router';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { PinIcon } from './store-icons';
import type { HomeData, StorySeller } from './storefront-types';

export function monogram(name: string): string {
  const latin = name.split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  if (latin.length) return latin.slice(0, 2).map((w) => w[0]!.toUpperCase()).join('');
  return [...name].slice(0, 1).join('');
}

export function StoreMark({ name, logoUrl, size = 'md' }: { name: string; logoUrl: string | null; size?: 'md' | 'lg' }) {
  return logoUrl ? (
    <img className={`store-mark store-mark-${size}`} src={logoUrl} alt="" />
  ) : (
    <span className={`store-mark store-mark-${size} store-mark-text`} aria-hidden="true">
      {monogram(name)}
    </span>
  );
}

function StoryCard({ seller }: { seller: StorySeller }) {
  const { t } = useT();
  return (
    <li className="story-card" data-testid="story-card">
      <Link to={`/sellers/${seller.sellerId}`} className="story-card-link">
        <div className="story-card-head">
          <StoreMark name={seller.nameEn} logoUrl={seller.logoUrl} />
          <div>
            <h4 className="story-card-name">{seller.nameZh}</h4>
            <p className="story-card-city">
              <span lang="en">{seller.city}</span> · {t('shop.home.storyProducts', { count: seller.productCount })}
            </p>
          </div>
        </div>
        <p className="story-card-story">{seller.storyZh}</p>
      </Link>
    </li>
  );
}

export function FarmStories({ stories }: { stories: HomeData['stories'] }) {
  const { t, locale } = useT();
  if (stories.length === 0) return null;
  return (
    <section className="store-section" id="stories" aria-labelledby="stories-title">
      <div className="store-section-head">
        <div>
          <h2 id="stories-title">{t('shop.home.stories')}</h2>
          <p className="store-section-sub">{t('shop.home.storiesSub')}</p>
        </div>
      </div>
      <div className="story-states">
        {stories.map((group) => (
          <div key={group.state} className="story-state">
            <h3 className="story-state-name">
              <PinIcon size={16} />
              {stateName(group.state, locale)}
            </h3>
            <ul className="story-cards">
              {group.sellers.map((s) => (
                <StoryCard key={s.sellerId} seller={s} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
