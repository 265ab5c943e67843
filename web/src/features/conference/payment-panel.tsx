// Paying for a paid ticket's held seat (e.g. the workshop pass): the amount and the deadline, the last
// declined card, and a Pay button that opens the card processor's checkout page. Back from it, the
// page (its return address ends ?payment=returned) asks again every 2 seconds (for a minute) until the processor's confirmation has confirmed the
// seat. Also the one-line payment facts shown on a confirmed or cancelled registration.
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { formatUsd } from '../../app/i18n/formats';
import { useT } from '../../app/i18n/i18n';
import type { AttendeeApi } from './attendee-api';
import { ActionError } from './conference-errors';
import type { PaymentStart, Registration } from './conference-types';
import { dateTime } from './event-time';

/** The processor's decline codes the page puts in words (others are shown as they come). */
const DECLINES = { card_declined: 'conf.status.decline.card_declined', insufficient_funds: 'conf.status.decline.insufficient_funds', expired_card: 'conf.status.decline.expired_card' } as const;
const declineKey = (code: string) => (Object.hasOwn(DECLINES, code) ? DECLINES[code as keyof typeof DECLINES] : null);
const POLL_MS = 2000;
const POLL_TRIES = 30;

export const needsPayment = (r: Registration) => r.status === 'offered' && r.ticketType.priceCents > 0;

type Props = { registration: Registration; api: AttendeeApi; onStale(): void };

export function PaymentPanel({ registration: r, api, onStale }: Props) {
  const { t, locale } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tries, setTries] = useState(0);
  const amount = formatUsd(r.payment?.amountCents ?? r.ticketType.priceCents, locale);
  // Only when the registrant came back from the checkout page (its return address says so).
  const returned = useLocation().search.includes('payment=returned');
  const started = returned && r.payment !== null && r.payment.status !== 'void';

  // Back from the checkout page: the processor's confirmation may still be on its way.
  useEffect(() => {
    if (!started || tries >= POLL_TRIES) return;
    const timer = setTimeout(() => {
      setTries((n) => n + 1);
      onStale();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [started, tries, onStale]);

  const reasonOf = (code: string) => {
    const key = declineKey(code);
    return key ? t(key) : code;
  };

  async function pay() {
    setBusy(true);
    setError(null);
    try {
      const start = await api.post<PaymentStart>('/payment');
      if (start.checkoutUrl) window.location.assign(start.checkoutUrl);
      else onStale();
    } catch (failure) {
      setError(failure);
      setBusy(false);
      onStale();
    }
  }

  if (r.payment?.status === 'paid') {
    return (
      <p className="alert alert-success" role="status" data-payment="confirming">
        {t('conf.status.confirmingPayment')}
      </p>
    );
  }
  return (
    <div className="conf-payment" data-payment={r.payment?.status ?? 'none'}>
      <p>{t('conf.status.paymentBody', { ticket: r.ticketType.name, amount })}</p>
      {r.offerExpiresAt ? <p className="conf-deadline">{t('conf.status.payBy', { date: dateTime(r.offerExpiresAt, r.event.timeZone, locale) })}</p> : null}
      {r.payment?.lastFailure ? (
        <p className="alert alert-warning" role="alert" data-declined={r.payment.lastFailure}>
          {t('conf.status.declined', { reason: reasonOf(r.payment.lastFailure) })}
        </p>
      ) : null}
      <ActionError error={error} />
      <div className="button-row">
        <button type="button" className="btn btn-primary" onClick={() => void pay()} disabled={busy} data-action="pay">
          {busy ? t('conf.status.paying') : t('conf.status.pay', { amount })}
        </button>
      </div>
    </div>
  );
}

/** What happened to the money of a confirmed or cancelled paid registration, in one line (or nothing). */
export function PaymentFacts({ registration: r }: { registration: Registration }) {
  const { t, locale } = useT();
  const p = r.payment;
  if (!p) return null;
  const amount = formatUsd(p.amountCents, locale);
  const at = (iso: string) => dateTime(iso, r.event.timeZone, locale);
  if (p.status === 'paid' && p.paidAt) return <p className="muted" data-payment="paid">{t('conf.status.paid', { amount, date: at(p.paidAt) })}</p>;
  if (p.status === 'refund_requested') return <p className="alert alert-info" data-payment="refund_requested">{t('conf.status.refunding', { amount })}</p>;
  if (p.status === 'refunded' && p.refundedAt) return <p className="alert alert-info" data-payment="refunded">{t('conf.status.refunded', { amount, date: at(p.refundedAt) })}</p>;
  return null;
}
