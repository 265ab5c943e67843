// 新增 / 编辑收货地址. The server checks the whole address and names every field it refuses; each
// problem is shown under its field, in the shopper's language, from the server's problem code.
import { useId, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../app/api-client';
import { hasMessage, useT } from '../../app/i18n/i18n';
import { Field, SelectField } from '../../app/ui/field';
import { ErrorNotice } from '../../app/ui/notice';
import { ADDRESS_FIELDS, type Address, type AddressField } from './address-types';
import { PROVINCES } from './provinces';

type Draft = Record<AddressField, string>;
const blank: Draft = { recipient: '', phone: '', province: '', city: '', district: '', street: '', postcode: '' };
/** `first`: the address book is empty, so this one becomes the default anyway. */
type Props = { address?: Address | undefined; first?: boolean; onSaved: (address: Address) => void; onCancel: () => void };

export function AddressForm({ address, first = false, onSaved, onCancel }: Props) {
  const { t, locale } = useT();
  const uid = useId();
  const [draft, setDraft] = useState<Draft>(() => (address ? pick(address) : blank));
  const [makeDefault, setMakeDefault] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const set = (key: AddressField) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = address
        ? await api.patch<Address>(`/me/addresses/${address.id}`, draft)
        : await api.post<Address>('/me/addresses', { ...draft, ...(makeDefault ? { makeDefault: true } : {}) });
      onSaved(saved);
    } catch (failure) {
      setError(failure);
      setBusy(false);
      // Take the shopper to the first field the server named (rendered on the next frame).
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    }
  }

  /** The server's problem for a field: its code in words when we know it, else a plain "check this". */
  function problem(field: AddressField): string | undefined {
    if (!(error instanceof ApiError)) return undefined;
    const found = (error.details.fields as Array<{ field: string; code?: string }> | undefined)?.find((f) => f.field === field);
    if (!found) return undefined;
    const key = `addr.problem.${found.code ?? ''}`;
    return hasMessage(key) ? t(key) : t('common.fieldInvalid');
  }
  const named = error instanceof ApiError && ADDRESS_FIELDS.some((f) => error.fieldMessage(f));
  const field = (name: AddressField) => ({ name, value: draft[name], onChange: set(name), error: problem(name) });

  return (
    <form ref={formRef} className="form-stack address-form" onSubmit={submit} noValidate aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} className="section-title">
        {address ? t('addr.editTitle') : t('addr.addTitle')}
      </h2>
      {named ? null : <ErrorNotice error={error} />}
      <div className="address-grid">
        <Field label={t('addr.recipient')} autoComplete="shipping name" maxLength={60} {...field('recipient')} />
        <Field label={t('addr.phone')} type="tel" inputMode="tel" autoComplete="shipping tel-national" maxLength={20} {...field('phone')} />
        <SelectField label={t('addr.province')} autoComplete="shipping address-level1" {...field('province')}>
          <option value="">{t('addr.provinceChoose')}</option>
          {PROVINCES.map((p) => (
            <option key={p.code} value={p.code}>
              {locale === 'zh-CN' ? p.zh : `${p.en} ${p.zh}`}
            </option>
          ))}
        </SelectField>
        <Field label={t('addr.city')} hint={t('addr.cityHint')} autoComplete="shipping address-level2" maxLength={60} {...field('city')} />
        <Field label={t('addr.district')} autoComplete="shipping address-level3" maxLength={60} {...field('district')} />
        <Field label={t('addr.postcode')} inputMode="numeric" autoComplete="shipping postal-code" maxLength={10} {...field('postcode')} />
        <div className="address-grid-wide">
          <Field label={t('addr.street')} hint={t('addr.streetHint')} autoComplete="shipping street-address" maxLength={200} {...field('street')} />
        </div>
      </div>
      {address || first ? null : (
        <label className="choice address-default-choice">
          <input type="checkbox" checked={makeDefault} onChange={(e) => setMakeDefault(e.target.checked)} />
          <span>{t('addr.setDefault')}</span>
        </label>
      )}
      <div className="address-form-actions">
        <button type="button" className="btn btn-secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('addr.saving') : t('addr.save')}
        </button>
      </div>
    </form>
  );
}

const pick = (a: Address): Draft => ({ recipient: a.recipient, phone: a.phone, province: a.province, city: a.city, district: a.district, street: a.street, postcode: a.postcode });
