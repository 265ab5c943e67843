// GET /api/v1/search for a results page: the first page when the query changes, then "加载更多"
// appends the next page by cursor (stable: the server's keyset cursor, not an offset).
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../app/api-client';
import type { ProductCardData, SearchAnswer } from './storefront-types';

export const PAGE_SIZE = 20;

/** The URL parameters a results page passes on to the search API. */
export const FILTER_KEYS = ['category', 'state', 'seller', 'mode', 'inStock', 'priceMinFen', 'priceMaxFen'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SearchQuery = Partial<Record<FilterKey | 'q' | 'sort', string>>;

type State = {
  answer: SearchAnswer | undefined;
  items: ProductCardData[];
  nextCursor: string | null;
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  moreError: unknown;
};

const initial: State = { answer: undefined, items: [], nextCursor: null, loading: true, loadingMore: false, error: null, moreError: null };

export function useProductSearch(query: SearchQuery) {
  const key = JSON.stringify(query);
  const [state, setState] = useState<State>(initial);
  const [attempt, setAttempt] = useState(0);
  const current = useRef(key);

  useEffect(() => {
    current.current = key;
    const controller = new AbortController();
    setState((s) => ({ ...initial, answer: s.answer }));
    api.get<SearchAnswer>('/search', { ...(JSON.parse(key) as SearchQuery), limit: PAGE_SIZE }, controller.signal).then(
      (answer) => setState({ ...initial, answer, items: answer.items, nextCursor: answer.nextCursor, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ ...initial, loading: false, error });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const loadMore = useCallback(() => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore) return;
    const forKey = key;
    setState((s) => ({ ...s, loadingMore: true, moreError: null }));
    api.get<SearchAnswer>('/search', { ...(JSON.parse(forKey) as SearchQuery), limit: PAGE_SIZE, cursor }).then(
      (answer) => {
        if (current.current !== forKey) return;
        // A product that moved between pages (an edit meanwhile) is shown once.
        setState((s) => {
          const seen = new Set(s.items.map((i) => i.productId));
          return { ...s, items: [...s.items, ...answer.items.filter((i) => !seen.has(i.productId))], nextCursor: answer.nextCursor, loadingMore: false };
        });
      },
      (moreError: unknown) => {
        if (current.current === forKey) setState((s) => ({ ...s, loadingMore: false, moreError }));
      },
    );
  }, [key, state.nextCursor, state.loadingMore]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, loadMore, reload };
}
