// The product's pictures: a swipeable strip on phones (scroll snap), the chosen picture with
// thumbnails on wider screens.
import { useRef, useState } from 'react';
import { useT } from '../../app/i18n/i18n';
import type { ProductPageData } from './storefront-types';

export function ProductGallery({ images, title }: { images: ProductPageData['images']; title: string }) {
  const { t } = useT();
  const [index, setIndex] = useState(0);
  const strip = useRef<HTMLDivElement>(null);
  if (images.length === 0) return <div className="gallery gallery-empty" aria-hidden="true" />;

  function show(i: number) {
    setIndex(i);
    const el = strip.current;
    if (el) el.scrollTo({ left: el.clientWidth * i, behavior: 'smooth' });
  }

  return (
    <div className="gallery">
      <div
        className="gallery-strip"
        ref={strip}
        onScroll={(e) => {
          const el = e.currentTarget;
          const i = Math.round(el.scrollLeft / Math.max(1, el.clientWidth));
          if (i !== index) setIndex(i);
        }}
      >
        {images.map((img, i) => (
          <img key={img.url} src={img.url} alt={img.alt ?? (i === 0 ? title : '')} className="gallery-image" loading={i === 0 ? 'eager' : 'lazy'} />
        ))}
      </div>
      {images.length > 1 ? (
        <>
          <span className="gallery-counter" aria-hidden="true">
            {index + 1}/{images.length}
          </span>
          <ul className="gallery-thumbs" aria-label={t('shop.product.pictures')}>
            {images.map((img, i) => (
              <li key={img.url}>
                <button type="button" className={i === index ? 'gallery-thumb active' : 'gallery-thumb'} aria-current={i === index} aria-label={t('shop.product.picture', { n: i + 1 })} onClick={() => show(i)}>
                  <img src={img.thumbUrl} alt="" />
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
