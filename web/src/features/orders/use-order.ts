// One order for its page, and, while it waits for a payment this tab started, a re-read each second
// (for up to 20 s): the provider's notification is asynchronous, so the wallet may send the shopper
// back before the capture is recorded.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from '../../app/api-client';
import { useSession } from '../../app/session';
import type { OrderDetail, PaymentState, PaymentStatus } from './order-types';
import { rememberedPayment } from './start-payment';
import { POLL_MS, POLL_TIMES } from './use-orders';

export type Watch = 'idle' | 'checking' | 'timed_out' | PaymentStatus;

export function useOrder(orderNo: string, paymentHint: string | null) {
  const { refresh } = useSession();
  const [order, setOrder] = useState<OrderDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [watch, setWatch] = useState<Watch>('idle');

  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    api.get<OrderDetail>(`/me/orders/${encodeURIComponent(orderNo)}`, undefined, controller.signal).then(setOrder, (failure: unknown) => {
      if (controller.signal.aborted) return;
      if (failure instanceof ApiError && failure.status === 401) void refresh();
      setError(failure);
    });
    return () => controller.abort();
  }, [orderNo, attempt, refresh]);

  const checkoutId = order?.checkoutId ?? null;
  const pending = order?.status === 'pending_payment';
  useEffect(() => {
    const paymentId = paymentHint ?? (checkoutId ? rememberedPayment(checkoutId) : null);
    if (!pending || !paymentId) return;
    let stopped = false;
    let polls = 0;
    setWatch('checking');
    const tick = async () => {
      polls += 1;
      const [payment, fresh] = await Promise.all([
        api.get<PaymentState>(`/me/payments/${encodeURIComponent(paymentId)}`).catch(() => null),
        api.get<OrderDetail>(`/me/orders/${encodeURIComponent(orderNo)}`).catch(() => null),
      ]);
      if (stopped) return;
      if (fresh && fresh.status !== 'pending_payment') {
        setOrder(fresh);
        setWatch(payment?.status ?? 'captured');
        return;
      }
      if (payment && (payment.status === 'declined' || payment.status === 'closed')) {
        setWatch(payment.status);
        return;
      }
      if (polls >= POLL_TIMES) setWatch('timed_out');
      else timer = window.setTimeout(() => void tick(), POLL_MS);
    };
    let timer = window.setTimeout(() => void tick(), POLL_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [pending, checkoutId, orderNo, paymentHint]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { order, setOrder, error, reload, watch };
}
