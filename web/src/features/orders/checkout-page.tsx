// 结算 (/checkout): the cart's parcels priced for the chosen delivery address, the buyer and the address,
// the risk notice (confirmed once, before the first order), the channel's limits, then 提交订单并支付:
// the orders are placed (one per parcel), a payment is created for them and the browser goes to the
// provider's page. A refusal is shown in place, in the reader's language.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import { useApiQuery } from '../../app/use-api';
import { useDocumentTitle } from '../../app/ui/document-title';
import { CartIcon } from '../../app/ui/icons';
import { ErrorNotice } from '../../app/ui/notice';
import { EmptyState, Loading } from '../../app/ui/states';
import type { AddressList } from '../addresses/address-types';
import { formatFen } from '../cart/cart-types';
import { announceCartChanged, useCart } from '../cart/use-cart';
import type { IdentityList, RiskNoticeStatus } from '../identity/identity-types';
import { RiskNoticeCard } from '../identity/risk-notice-card';
import { AddressChoice, BuyerChoice } from './checkout-choices';
import { checkoutErrorText } from './checkout-errors';
import { CheckoutParcel } from './checkout-parcels';
import type { CheckoutAnswer } from './order-types';
import { AttemptKey, payCheckout } from './start-payment';
import '../cart/cart.css';
import '../identity/shopper-pages.css';
import './orders.css';

type Phase = { kind: 'form' } | { kind: 'placing' } | { kind: 'paying'; placed: CheckoutAnswer } | { kind: 'placed'; placed: CheckoutAnswer; error: unknown };

/** Where the shopper finds what a checkout placed: the order itself, or the list when there are several. */
export const placedPath = (placed: CheckoutAnswer) =>
  placed.orders.length === 1 ? `/orders/${placed.orders[0]!.orderNo}` : `/orders?checkout=${encodeURIComponent(placed.checkoutId)}`;

export function CheckoutPage() {
  const i18n = useT();
  const { t, locale } = i18n;
  useDocumentTitle(t('checkout.title'));
  const identities = useApiQuery<IdentityList>('/me/identities');
  const addresses = useApiQuery<AddressList>('/me/addresses');
  const risk = useApiQuery<RiskNoticeStatus>('/me/risk-notice');
  const [identityId, setIdentityId] = useState<string | null>(null);
  const [addressId, setAddressId] = useState<string | null>(null);
  const [riskConfirmed, setRiskConfirmed] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [error, setError] = useState<unknown>(null);
  const checkoutKey = useRef(new AttemptKey());
  const paymentKey = useRef(new AttemptKey());

  const identityItems = identities.data?.items;
  const addressItems = addresses.data?.items;
  // Preselect: the only buyer, and the default address (the server lists it first).
  useEffect(() => {
    if (identityItems && identityId === null && identityItems.length > 0) setIdentityId(identityItems[0]!.id);
  }, [identityItems, identityId]);
  useEffect(() => {
    if (addressItems && addressId === null && addressItems.length > 0) setAddressId((addressItems.find((a) => a.isDefault) ?? addressItems[0]!).id);
  }, [addressItems, addressId]);

  const address = addressItems?.find((a) => a.id === addressId);
  const cart = useCart(address?.province ?? 'SH', identityId);
  const noticeConfirmed = riskConfirmed || Boolean(risk.data?.confirmedAt);

  // A different body is a new attempt: a key kept for a retry after a network error must not carry over.
  function choose(set: (id: string) => void, id: string) {
    checkoutKey.current.settle();
    set(id);
  }

  async function pay(placed: CheckoutAnswer) {
    setPhase({ kind: 'paying', placed });
    try {
      await payCheckout(placed.checkoutId, paymentKey.current);
    } catch (failure) {
      setPhase({ kind: 'placed', placed, error: failure });
    }
  }

  async function submit() {
    if (!identityId || !addressId) return;
    setError(null);
    setPhase({ kind: 'placing' });
    let placed: CheckoutAnswer;
    try {
      placed = await api.post<CheckoutAnswer>('/checkout', { identityId, addressId }, { 'Idempotency-Key': checkoutKey.current.current() });
      checkoutKey.current.settle();
    } catch (failure) {
      checkoutKey.current.settle(failure);
      setError(failure);
      setPhase({ kind: 'form' });
      cart.reload();
      return;
    }
    announceCartChanged();
    await pay(placed);
  }

  if (phase.kind === 'paying') return <Loading label={t('checkout.paying')} />;
  if (phase.kind === 'placed') {
    const due = new Date(Math.min(...phase.placed.orders.map((o) => Date.parse(o.paymentDueAt))));
    return (
      <div className="store-page shopper-page">
        <section className="card shopper-card" aria-labelledby="placed-title">
          <h1 id="placed-title" className="store-page-title">
            {t('checkout.placedTitle')}
          </h1>
          <ErrorNotice error={phase.error} />
          <p>{t('checkout.placedBody', { time: t('common.dateTime', { date: due }) })}</p>
          <div className="button-row">
            <button type="button" className="btn btn-primary" onClick={() => void pay(phase.placed)}>
              {t('checkout.payAgain')}
            </button>
            <Link to={placedPath(phase.placed)} className="btn btn-secondary">
              {t('checkout.viewOrders')}
            </Link>
          </div>
        </section>
      </div>
    );
  }

  const loading = (!identities.data && identities.loading) || (!addresses.data && addresses.loading) || (!cart.data && cart.loading);
  const loadError = identities.error ?? addresses.error ?? (cart.data ? null : cart.error);
  const data = cart.data;
  const busy = phase.kind === 'placing';
  const ready = Boolean(data && data.groups.length > 0 && data.checkoutAllowed && identityId && addressId && noticeConfirmed);

  const showForm = Boolean(data && data.groups.length > 0 && identityItems && addressItems);
  // A refusal stays in view even when the re-read cart has nothing left to show (cart_empty).
  const refusal = error ? (
    <div className="alert alert-error" role="alert" data-testid="checkout-error">
      <span>{checkoutErrorText(error, i18n)}</span>
    </div>
  ) : null;

  return (
    <div className="store-page shopper-page checkout-page">
      <Link to="/cart" className="shopper-back">
        ‹ {t('checkout.back')}
      </Link>
      <h1 className="store-page-title">{t('checkout.title')}</h1>
      {showForm ? null : refusal}
      {loading ? <Loading /> : null}
      {loadError ? (
        <ErrorNotice
          error={loadError}
          onRetry={() => {
            identities.reload();
            addresses.reload();
            cart.reload();
          }}
        />
      ) : null}
      {data && data.groups.length === 0 ? (
        <div className="card">
          <EmptyState
            title={t('checkout.emptyTitle')}
            icon={<CartIcon size={28} />}
            action={
              <Link to="/" className="btn btn-primary">
                {t('orders.browse')}
              </Link>
            }
          >
            <p>{t('checkout.emptyBody')}</p>
          </EmptyState>
        </div>
      ) : null}
      {data && showForm && identityItems && addressItems ? (
        <>
          <section className="card shopper-card" aria-labelledby="checkout-parcels" aria-busy={cart.loading}>
            <h2 id="checkout-parcels" className="section-title">
              {t('checkout.parcels')}
            </h2>
            {data.groups.map((group) => (
              <CheckoutParcel key={group.key} group={group} />
            ))}
            <p className="cart-note">{t('checkout.quoteNote')}</p>
          </section>
          <BuyerChoice items={identityItems} value={identityId} onChange={(id) => choose(setIdentityId, id)} disabled={busy} />
          <AddressChoice items={addressItems} value={addressId} onChange={(id) => choose(setAddressId, id)} disabled={busy} />
          {risk.data && !risk.data.confirmedAt ? <RiskNoticeCard onConfirmed={(s) => setRiskConfirmed(Boolean(s.confirmedAt))} /> : null}
          {risk.error ? <ErrorNotice error={risk.error} onRetry={risk.reload} /> : null}
          <section className="card shopper-card checkout-summary" aria-labelledby="checkout-total-label">
            <dl className="cart-figures">
              <div>
                <dt>{t('cart.goods')}</dt>
                <dd>{formatFen(data.totals.goodsFen, locale)}</dd>
              </div>
              <div>
                <dt>{t('cart.freight')}</dt>
                <dd>{formatFen(data.totals.freightFen, locale)}</dd>
              </div>
              <div className="cart-figure-tax">
                <dt>{t('cart.tax')}</dt>
                <dd>{formatFen(data.totals.taxFen, locale)}</dd>
              </div>
              <div className="cart-figure-total cart-grand-total">
                <dt id="checkout-total-label">{t('checkout.total')}</dt>
                <dd data-testid="checkout-total">{formatFen(data.totals.totalFen, locale)}</dd>
              </div>
            </dl>
            <p className="cart-note">{t('checkout.parcelCount', { count: data.groups.length })}</p>
            <p className="cart-note">{t('cart.limits', { single: formatFen(data.limits.singleLimitFen, locale), annual: formatFen(data.limits.annualLimitFen, locale) })}</p>
            <p className="cart-note">{data.limits.annualRoomFen === null || !data.limits.buyer ? t('cart.yearUnknown') : t('cart.yearRoom', { name: data.limits.buyer.name, room: formatFen(data.limits.annualRoomFen, locale) })}</p>
            {!data.checkoutAllowed ? <p className="alert alert-error">{t('checkout.blocked')}</p> : null}
            {!noticeConfirmed && risk.data ? <p className="alert alert-info">{t('checkout.riskNeeded')}</p> : null}
            {showForm ? refusal : null}
            <button type="button" className="btn btn-primary btn-block checkout-submit" disabled={!ready || busy || cart.loading} onClick={() => void submit()}>
              {busy ? t('checkout.submitting') : t('checkout.submit')}
            </button>
          </section>
        </>
      ) : null}
    </div>
  );
}
