// The shopper's orders, newest first, a page at a time ("加载更多" appends); and, after a checkout of
// several orders, re-reading the first page each second (for up to 20 s) until its payment shows.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../app/api-client';
import type { Page } from '../../app/api-types';
import { useSession } from '../../app/session';
import type { OrderView } from './order-types';

const PAGE_SIZE = 20;
export const POLL_MS = 1000;
export const POLL_TIMES = 20;

export function useOrders(watchCheckout: string | null) {
  const { refresh } = useSession();
  const [items, setItems] = useState<OrderView[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [watching, setWatching] = useState(watchCheckout !== null);
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);

  const fail = useCallback(
    (failure: unknown) => {
      if (failure instanceof ApiError && failure.status === 401) void refresh();
      setError(failure);
    },
    [refresh],
  );

  useEffect(() => {
    const mine = ++generation.current;
    const controller = new AbortController();
    setError(null);
    api.get<Page<OrderView>>('/me/orders', { limit: PAGE_SIZE }, controller.signal).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) fail(failure);
      },
    );
    return () => controller.abort();
  }, [attempt, fail]);

  // Payment is captured asynchronously: re-read while the watched checkout still waits for it.
  const waiting = watching && items !== null && items.some((o) => o.checkoutId === watchCheckout && o.status === 'pending_payment');
  const polls = useRef(0);
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => {
      polls.current += 1;
      if (polls.current >= POLL_TIMES) setWatching(false);
      setAttempt((n) => n + 1);
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, items]);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const mine = generation.current;
    setLoadingMore(true);
    try {
      const page = await api.get<Page<OrderView>>('/me/orders', { limit: PAGE_SIZE, cursor: nextCursor });
      if (mine !== generation.current) return;
      setItems((prev) => {
        const seen = new Set((prev ?? []).map((o) => o.orderNo));
        return [...(prev ?? []), ...page.items.filter((o) => !seen.has(o.orderNo))];
      });
      setNextCursor(page.nextCursor);
    } catch (failure) {
      fail(failure);
    } finally {
      setLoadingMore(false);
    }
  }, [nextCursor, fail]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { items, nextCursor, error, loadingMore, loadMore, reload, waiting, timedOut: watchCheckout !== null && !watching };
}
