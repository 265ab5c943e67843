// The store logo: a preview, a picker that uploads at once (the image API checks and resizes it), and
// Remove. The store keeps the new logo when the profile is saved.
import { useId, useRef, useState } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { ErrorNotice } from '../../app/ui/notice';
import type { UploadedImage } from '../products/product-types';
import type { StoreProfile } from './store-types';

export const IMAGE_TYPES = 'image/jpeg,image/png,image/webp';

export function LogoPicker({ logo, onChange, error: fieldError }: { logo: StoreProfile['logo']; onChange: (logo: StoreProfile['logo']) => void; error?: string | undefined }) {
  const { t } = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function upload(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const image = await api.upload<UploadedImage>('/media/images', file, { purpose: 'store_logo' });
      onChange({ mediaId: image.id, urls: image.urls });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="logo-picker">
      <div className="logo-preview" aria-hidden={!logo}>
        {logo ? <img src={logo.urls.thumb} alt={t('profile.logoAlt')} width={96} height={96} /> : <span className="muted">{t('profile.noLogo')}</span>}
      </div>
      <div className="logo-controls">
        <label htmlFor={`${id}-logo`} className="field-label">
          {t('profile.logo')}
        </label>
        <input ref={input} id={`${id}-logo`} type="file" accept={IMAGE_TYPES} disabled={busy} onChange={(e) => void upload(e.target.files?.[0])} />
        <p className="field-hint">{busy ? t('profile.uploading') : t('profile.logoHint')}</p>
        {logo ? (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onChange(null)} disabled={busy}>
            {t('profile.removeLogo')}
          </button>
        ) : null}
        <ErrorNotice error={error} />
        {fieldError ? <p className="field-error">{fieldError}</p> : null}
      </div>
    </div>
  );
}
