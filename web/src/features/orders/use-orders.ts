// The shopper's orders, newest first, a page at a time ("加载更多" appends, through the shared cursor
// list); and, after a checkout of several orders, re-reading the first page each second (for up to
// 20 s) until its payment shows.
import { useEffect, useRef, useState } from 'react';
import { useCursorList } from '../../app/use-cursor-list';
import type { OrderView } from './order-types';

export const POLL_MS = 1000;
export const POLL_TIMES = 20;
const NO_FILTERS = {};

export function useOrders(watchCheckout: string | null) {
  const list = useCursorList<OrderView>('/me/orders', NO_FILTERS);
  const [watching, setWatching] = useState(watchCheckout !== null);
  // null until the first page is in (and after a failed first load, so only the error shows).
  const loaded = list.items.length > 0 || (!list.loading && !list.error);

  // Payment is captured asynchronously: re-read while the watched checkout still waits for it.
  const waiting = watching && loaded && list.items.some((o) => o.checkoutId === watchCheckout && o.status === 'pending_payment');
  const polls = useRef(0);
  const { reload } = list;
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => {
      polls.current += 1;
      if (polls.current >= POLL_TIMES) setWatching(false);
      reload();
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, list.items, reload]);

  return {
    items: loaded ? list.items : null,
    nextCursor: list.nextCursor,
    error: list.error,
    loadingMore: list.loadingMore,
    loadMore: list.loadMore,
    reload,
    waiting,
    timedOut: watchCheckout !== null && !watching,
  };
}
