// /seller/store: the store profile shoppers see (names and story in English and Chinese, logo), where
// goods ship from, which shipping modes the store offers, and the food-facility number. Owner and
// staff may edit it.
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { stateName } from '../../app/i18n/us-states';
import { useDocumentTitle } from '../../app/ui/document-title';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, TextAreaField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import { useUnsavedWarning } from '../../app/ui/use-unsaved-warning';
import { useApiQuery } from '../../app/use-api';
import { SHIPPING_MODES, type ShippingMode } from '../products/product-types';
import { LogoPicker } from './logo-picker';
import { NeedsOrganisation } from './needs-organisation';
import type { StoreInput, StoreProfile } from './store-types';

type Form = { storeNameEn: string; storeNameZh: string; storyEn: string; storyZh: string; logo: StoreProfile['logo']; city: string; shippingModes: ShippingMode[]; foodFacilityNumber: string; website: string };

const toForm = (s: StoreProfile): Form => ({
  storeNameEn: s.storeNameEn ?? '',
  storeNameZh: s.storeNameZh ?? '',
  storyEn: s.storyEn ?? '',
  storyZh: s.storyZh ?? '',
  logo: s.logo,
  city: s.city,
  shippingModes: s.shippingModes,
  foodFacilityNumber: s.foodFacilityNumber ?? '',
  website: s.website ?? '',
});

const toInput = (f: Form): StoreInput => ({
  storeNameEn: f.storeNameEn.trim(),
  storeNameZh: f.storeNameZh.trim(),
  storyEn: f.storyEn,
  storyZh: f.storyZh,
  logoMediaId: f.logo?.mediaId ?? null,
  city: f.city.trim(),
  shippingModes: SHIPPING_MODES.filter((m) => f.shippingModes.includes(m)),
  foodFacilityNumber: f.foodFacilityNumber.trim() || null,
  website: f.website.trim() || null,
});

export function StorePage() {
  const i18n = useT();
  const { t, locale } = i18n;
  const query = useApiQuery<StoreProfile>('/seller/store');
  const [saved, setSaved] = useState<StoreProfile | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(t('profile.title'));

  useEffect(() => {
    if (query.data) {
      setSaved(query.data);
      setForm(toForm(query.data));
    }
  }, [query.data]);
  const dirty = Boolean(form && saved && JSON.stringify(toInput(form)) !== JSON.stringify(toInput(toForm(saved))));
  useUnsavedWarning(dirty, t('common.unsavedWarning'));

  if (query.error) return <NeedsOrganisation error={query.error} onRetry={query.reload} />;
  if (!form || !saved) return <Loading />;

  const set = (key: 'storeNameEn' | 'storeNameZh' | 'storyEn' | 'storyZh' | 'city' | 'foodFacilityNumber' | 'website') => (e: { target: { value: string } }) =>
    setForm((f) => f && { ...f, [key]: e.target.value });
  const errorOf = (field: string) => fieldErrorText(error, field, i18n);
  const toggleMode = (mode: ShippingMode, on: boolean) => setForm((f) => f && { ...f, shippingModes: on ? [...f.shippingModes, mode] : f.shippingModes.filter((m) => m !== mode) });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const answer = await api.put<StoreProfile>('/seller/store', toInput(form));
      setSaved(answer);
      setForm(toForm(answer));
      setNotice(t('profile.saved'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="store-page form-stack" onSubmit={save}>
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('profile.title')}</h1>
          <p className="muted page-lead">{t('profile.lead')}</p>
        </div>
      </div>
      <ErrorNotice error={error} />
      <SuccessNotice message={notice} />

      <section className="card form-card" aria-labelledby="store-identity">
        <h2 id="store-identity" className="section-title">
          {t('profile.identity')}
        </h2>
        <div className="bilingual-grid">
          <Field label={t('profile.nameEn')} name="storeNameEn" lang="en" maxLength={100} value={form.storeNameEn} onChange={set('storeNameEn')} error={errorOf('storeNameEn')} />
          <Field label={t('profile.nameZh')} name="storeNameZh" lang="zh-CN" maxLength={50} value={form.storeNameZh} onChange={set('storeNameZh')} error={errorOf('storeNameZh')} hint={t('profile.nameZhHint')} />
          <TextAreaField label={t('profile.storyEn')} name="storyEn" lang="en" rows={7} maxLength={4000} value={form.storyEn} onChange={set('storyEn')} error={errorOf('storyEn')} />
          <TextAreaField label={t('profile.storyZh')} name="storyZh" lang="zh-CN" rows={7} maxLength={2000} value={form.storyZh} onChange={set('storyZh')} error={errorOf('storyZh')} hint={t('profile.storyZhHint')} />
        </div>
        <LogoPicker logo={form.logo} onChange={(logo) => setForm((f) => f && { ...f, logo })} error={errorOf('logoMediaId')} />
      </section>

      <section className="card form-card" aria-labelledby="store-origin">
        <h2 id="store-origin" className="section-title">
          {t('profile.origin')}
        </h2>
        <div className="form-grid">
          <div className="field">
            <span className="field-label">{t('profile.state')}</span>
            <p className="static-value">{stateName(saved.state, locale)}</p>
            <p className="field-hint">{t('profile.stateHint')}</p>
          </div>
          <Field label={t('profile.city')} name="city" maxLength={100} value={form.city} onChange={set('city')} error={errorOf('city')} />
          <Field label={t('profile.website')} name="website" type="url" placeholder="https://" maxLength={200} value={form.website} onChange={set('website')} error={errorOf('website')} />
          <Field label={t('profile.foodFacility')} name="foodFacilityNumber" maxLength={40} value={form.foodFacilityNumber} onChange={set('foodFacilityNumber')} error={errorOf('foodFacilityNumber')} hint={t('profile.foodFacilityHint')} />
        </div>
      </section>

      <fieldset className="card form-card choice-group" aria-describedby={errorOf('shippingModes') ? 'modes-error' : undefined}>
        <legend className="section-title">{t('profile.modes')}</legend>
        <p className="muted">{t('profile.modesLead')}</p>
        <div className="mode-options">
          {SHIPPING_MODES.map((mode) => (
            <label key={mode} className="mode-option">
              <input type="checkbox" name="shippingModes" value={mode} checked={form.shippingModes.includes(mode)} onChange={(e) => toggleMode(mode, e.target.checked)} />
              <span>
                <strong>{t(`mode.${mode}.name`)}</strong>
                <span className="muted">{t(`mode.${mode}.body`)}</span>
              </span>
            </label>
          ))}
        </div>
        {errorOf('shippingModes') ? (
          <p className="field-error" id="modes-error">
            {errorOf('shippingModes')}
          </p>
        ) : null}
      </fieldset>

      <div className="form-actions sticky-actions">
        <span className="muted">{dirty ? t('common.unsaved') : ''}</span>
        <button type="submit" className="btn btn-primary" disabled={busy || !dirty}>
          {busy ? t('common.saving') : t('profile.save')}
        </button>
      </div>
    </form>
  );
}
