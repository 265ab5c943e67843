// A cursor-paginated list (GET …?limit=&cursor=): first page on filter change, "Load more" appends.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from './api-client';
import type { Page } from './api-types';
import { useSession } from './session';

export const PAGE_SIZE = 25;
type Filters = Record<string, string | undefined>;

export function useCursorList<T extends { id: string }>(path: string, filters: Filters) {
  const { refresh } = useSession();
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [phase, setPhase] = useState<'loading' | 'ready' | 'more'>('loading');
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);
  const key = JSON.stringify(filters);

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
    setPhase('loading');
    setError(null);
    api.get<Page<T>>(path, { ...(JSON.parse(key) as Filters), limit: PAGE_SIZE }, controller.signal).then(
      (page) => {
        if (mine !== generation.current) return;
        setItems(page.items);
        setNextCursor(page.nextCursor);
        setPhase('ready');
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setItems([]);
        setNextCursor(null);
        fail(failure);
        setPhase('ready');
      },
    );
    return () => controller.abort();
  }, [path, key, attempt, fail]);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const mine = generation.current;
    setPhase('more');
    setError(null);
    try {
      const page = await api.get<Page<T>>(path, { ...(JSON.parse(key) as Filters), limit: PAGE_SIZE, cursor: nextCursor });
      if (mine !== generation.current) return;
      setItems((prev) => {
        const seen = new Set(prev.map((i) => i.id));
        return [...prev, ...page.items.filter((i) => !seen.has(i.id))];
      });
      setNextCursor(page.nextCursor);
    } catch (failure) {
      fail(failure);
    } finally {
      if (mine === generation.current) setPhase('ready');
    }
  }, [path, key, nextCursor, fail]);

  const replace = useCallback((item: T) => setItems((prev) => prev.map((i) => (i.id === item.id ? item : i))), []);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { items, nextCursor, loading: phase === 'loading', loadingMore: phase === 'more', error, loadMore, reload, replace };
}

/** The URL's search params as filters, dropping empty ones. */
export function filtersFrom(params: URLSearchParams, names: readonly string[]): Filters {
  const filters: Filters = {};
  for (const name of names) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}
