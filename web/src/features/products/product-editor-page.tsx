// /seller/products/new and /seller/products/:productId: the product editor. One form for both
// languages; the eligibility panel follows every change; Save sends the whole product (with the
// revision read, so two people editing at once cannot overwrite each other).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useDocumentTitle } from '../../app/ui/document-title';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { Loading } from '../../app/ui/states';
import { useUnsavedWarning } from '../../app/ui/use-unsaved-warning';
import { useApiQuery } from '../../app/use-api';
import { StockPanel } from '../inventory/stock-panel';
import { NeedsOrganisation } from '../seller-center/needs-organisation';
import type { StoreProfile } from '../seller-center/store-types';
import { AttributesEditor } from './attributes-editor';
import { CustomsSection } from './customs-section';
import { EligibilityPanel } from './eligibility-panel';
import { ImageManager } from './image-manager';
import { LabelSection } from './label-section';
import { ListingSection } from './listing-section';
import { ProductActions, type StatusAction } from './product-actions';
import { emptyForm, formFromProduct, inputFromForm, normaliseField, sameForm, type ProductForm } from './product-form';
import type { EligibilityReason, Product } from './product-types';
import { useCategories } from './use-categories';
import { useEligibility } from './use-eligibility';
import { VariantsEditor } from './variants-editor';
import './product-editor.css';
import './product-fields.css';

export function ProductEditorPage() {
  const i18n = useT();
  const { t, locale } = i18n;
  const { productId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const loaded = useApiQuery<Product>(productId ? `/seller/products/${encodeURIComponent(productId)}` : null);
  const store = useApiQuery<StoreProfile>('/seller/store');
  const { categories } = useCategories();
  const [product, setProduct] = useState<Product | null>(null);
  const [form, setForm] = useState<ProductForm | null>(null);
  const [baseline, setBaseline] = useState<ProductForm | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [refusal, setRefusal] = useState<{ key: string; reasons: EligibilityReason[] } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const formRef = useRef<HTMLFormElement>(null);

  const accept = (p: Product) => {
    const next = formFromProduct(p);
    setProduct(p);
    setForm(next);
    setBaseline(next);
  };
  useEffect(() => {
    if (loaded.data) accept(loaded.data);
  }, [loaded.data]);
  // A new product starts from the store's origin state and shipping modes once the store is known.
  const storeReady = Boolean(store.data) || Boolean(store.error);
  useEffect(() => {
    if (productId || !storeReady) return;
    const start = emptyForm(store.data?.state ?? '', store.data?.shippingModes ?? [], t('products.defaultOption'));
    setForm(start);
    setBaseline(start);
  }, [productId, storeReady, store.data]);

  const dirty = Boolean(form && baseline && !sameForm(form, baseline));
  useUnsavedWarning(dirty && busy === null, t('common.unsavedWarning'));
  const eligibility = useEligibility(form, locale, form !== null && product?.status !== 'archived');
  useDocumentTitle(product ? product.titleEn : t('products.newTitle'));

  // The store profile only supplies defaults: a missing one is not a reason to refuse the editor.
  const storeBlocks = store.error instanceof ApiError && (store.error.code === 'no_organisation' || store.error.status !== 404);
  const blocking = loaded.error ?? (storeBlocks ? store.error : null);
  if (blocking && !form) return <NeedsOrganisation error={blocking} onRetry={loaded.error ? loaded.reload : store.reload} />;
  if (!form) return <Loading />;

  const update = (patch: Partial<ProductForm>) => setForm((f) => (f ? { ...f, ...patch } : f));
  const refused = refusal !== null && refusal.key === eligibility.key;
  // A refusal's field messages belong to the form as it was refused; once it changes, the panel speaks.
  const shownError = error instanceof ApiError && error.code === 'not_eligible' && !refused ? null : error;
  const errorOf = (field: string) => {
    if (!(shownError instanceof ApiError)) return undefined;
    const found = shownError.fields.find((f) => normaliseField(f.field) === field);
    if (!found) return undefined;
    return locale === 'zh-CN' && shownError.code === 'invalid_request' ? t('common.fieldInvalid') : found.message.charAt(0).toUpperCase() + found.message.slice(1);
  };
  const lang = { 'accept-language': locale };
  const category = categories.find((c) => c.code === form.category);

  function fail(failure: unknown) {
    setError(failure);
    if (failure instanceof ApiError && failure.code === 'not_eligible') {
      setRefusal({ key: eligibility.key, reasons: (failure.details['reasons'] as EligibilityReason[] | undefined) ?? [] });
    }
  }

  async function save(): Promise<Product | null> {
    if (!form || !formRef.current?.reportValidity()) return null;
    setError(null);
    setNotice(null);
    const input = inputFromForm(form);
    try {
      if (!product) {
        const created = await api.post<Product>('/seller/products', input, lang);
        accept(created);
        setNotice(t('products.created'));
        void navigate(`/seller/products/${created.id}`, { replace: true, state: { notice: t('products.created') } });
        return created;
      }
      const saved = await api.put<Product>(`/seller/products/${encodeURIComponent(product.id)}`, { revision: product.revision, product: input }, lang);
      accept(saved);
      setNotice(t('products.saved'));
      return saved;
    } catch (failure) {
      fail(failure);
      return null;
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy('save');
    await save();
    setBusy(null);
  }

  async function act(action: StatusAction) {
    setBusy(action);
    setError(null);
    setNotice(null);
    try {
      const current = dirty && action !== 'restore' ? await save() : product;
      if (!current) return;
      const answer = await api.post<Product>(`/seller/products/${encodeURIComponent(current.id)}/${action}`, undefined, lang);
      accept(answer);
      setRefusal(null);
      setNotice(t(`products.done.${action}`));
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(null);
    }
  }

  const stale = error instanceof ApiError && error.code === 'stale_revision';
  const archived = product?.status === 'archived';
  return (
    <div className="editor-page">
      <nav aria-label={t('common.breadcrumbs')} className="breadcrumbs">
        <Link to="/seller/products">{t('products.title')}</Link>
      </nav>
      <div className="page-head">
        <h1 className="page-title">{product ? product.titleEn || product.titleZh : t('products.newTitle')}</h1>
      </div>
      {product?.status === 'suspended' ? (
        <div className="alert alert-error suspended-note" role="status">
          <span>
            <strong>{t('products.suspendedTitle')}</strong> {product.statusReason ?? ''}
          </span>
        </div>
      ) : null}
      {archived ? <p className="alert alert-info">{t('products.archivedNote')}</p> : null}
      {stale ? (
        <div className="alert alert-error" role="alert">
          <span>{t('products.stale')}</span>
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => window.location.reload()}>
            {t('products.reload')}
          </button>
        </div>
      ) : (
        <ErrorNotice error={shownError} />
      )}
      <SuccessNotice message={notice} />
      <div className="editor-layout">
        <form id="product-form" ref={formRef} className="editor-main" onSubmit={(e) => void onSubmit(e)} noValidate={false}>
          <fieldset disabled={archived} className="editor-fieldset">
            <ListingSection form={form} update={update} errorOf={errorOf} categories={categories} />
            <CustomsSection form={form} update={update} errorOf={errorOf} storeModes={store.data?.shippingModes ?? []} />
            <LabelSection form={form} update={update} errorOf={errorOf} fields={category?.labelFields ?? []} />
            <ImageManager form={form} update={update} errorOf={errorOf} />
            <VariantsEditor form={form} update={update} errorOf={errorOf} />
            <AttributesEditor form={form} update={update} errorOf={errorOf} />
          </fieldset>
        </form>
        <aside className="editor-side">
          <ProductActions product={product} dirty={dirty} busy={busy} onAction={(a) => void act(a)} />
          <EligibilityPanel
            reasons={refused ? refusal.reasons : (eligibility.result?.reasons ?? null)}
            eligible={refused ? false : (eligibility.result?.eligible ?? null)}
            checking={eligibility.checking}
            error={eligibility.error}
            refused={refused}
          />
          {product ? <StockPanel productId={product.id} modes={product.shippingModes} /> : null}
        </aside>
      </div>
    </div>
  );
}
