// Product images: upload several at once (each is checked and resized by the image API), thumbnails in
// order, move up or down, remove. The first image is the main one shoppers see.
import { useId, useRef, useState } from 'react';
import { api, ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { errorText } from '../../app/ui/error-text';
import type { ImageItem, SectionProps } from './product-form';
import type { UploadedImage } from './product-types';

const MAX_IMAGES = 12;
const ACCEPT = 'image/jpeg,image/png,image/webp';

export function ImageManager({ form, update, errorOf }: SectionProps) {
  const i18n = useT();
  const { t } = i18n;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState<string[]>([]);
  const [failures, setFailures] = useState<Array<{ name: string; message: string }>>([]);
  const images = form.images;
  // Uploads finish one by one; each adds to the newest list, not the one the upload started with.
  const latest = useRef(images);
  latest.current = images;

  async function upload(files: FileList | null) {
    const chosen = [...(files ?? [])].slice(0, Math.max(0, MAX_IMAGES - images.length));
    if (input.current) input.current.value = '';
    setFailures([]);
    for (const file of chosen) {
      setUploading((u) => [...u, file.name]);
      try {
        const image = await api.upload<UploadedImage>('/media/images', file, { purpose: 'product_image' });
        const next: ImageItem[] = [...latest.current, { mediaId: image.id, urls: image.urls }];
        latest.current = next;
        update({ images: next });
      } catch (failure) {
        const message = failure instanceof ApiError ? errorText(failure, i18n) : t('error.internal');
        setFailures((f) => [...f, { name: file.name, message }]);
      } finally {
        setUploading((u) => u.filter((n, i) => n !== file.name || u.indexOf(file.name) !== i));
      }
    }
  }

  const move = (from: number, to: number) => {
    const next = [...images];
    const [item] = next.splice(from, 1);
    if (item) next.splice(to, 0, item);
    update({ images: next });
  };

  return (
    <section className="card form-card" aria-labelledby="images-title" id="pf-images">
      <div className="section-head">
        <h2 id="images-title" className="section-title">
          {t('products.section.images')}
        </h2>
        <span className="muted">{t('products.imageCount', { count: images.length, max: MAX_IMAGES })}</span>
      </div>
      <p className="muted">{t('products.imagesLead')}</p>
      <ol className="image-grid">
        {images.map((image, i) => (
          <li key={image.mediaId} className="image-tile">
            <img src={image.urls.thumb} alt={t('products.imageAlt', { n: i + 1 })} width={120} height={120} loading="lazy" />
            {i === 0 ? <span className="badge badge-info image-main">{t('products.mainImage')}</span> : null}
            <div className="image-tools">
              <button type="button" className="btn btn-ghost btn-sm" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('products.moveUp', { n: i + 1 })}>
                ↑
              </button>
              <button type="button" className="btn btn-ghost btn-sm" disabled={i === images.length - 1} onClick={() => move(i, i + 1)} aria-label={t('products.moveDown', { n: i + 1 })}>
                ↓
              </button>
              <button type="button" className="btn btn-ghost btn-sm" onClick={() => update({ images: images.filter((x) => x.mediaId !== image.mediaId) })} aria-label={t('products.removeImage', { n: i + 1 })}>
                ✕
              </button>
            </div>
            {errorOf(`imageIds.${i}`) ? <p className="field-error">{errorOf(`imageIds.${i}`)}</p> : null}
          </li>
        ))}
        {uploading.map((name, i) => (
          <li key={`up-${i}-${name}`} className="image-tile is-uploading" aria-live="polite">
            <span className="spinner" aria-hidden="true" />
            <span className="muted small">{t('products.uploadingImage', { name })}</span>
          </li>
        ))}
      </ol>
      <div className="image-picker">
        <label htmlFor={`${id}-images`} className="btn btn-secondary btn-sm">
          {t('products.addImages')}
        </label>
        <input
          ref={input}
          id={`${id}-images`}
          className="visually-hidden"
          type="file"
          accept={ACCEPT}
          multiple
          disabled={images.length >= MAX_IMAGES}
          onChange={(e) => void upload(e.target.files)}
        />
        <span className="field-hint">{t('products.imagesHint')}</span>
      </div>
      {failures.length ? (
        <ul className="alert alert-error upload-failures" role="alert">
          {failures.map((f, i) => (
            <li key={i}>
              <strong>{f.name}</strong>: {f.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
