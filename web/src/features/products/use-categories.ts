// The product categories (public, fixed while the app runs): fetched once and shared by every page.
import { useEffect, useState } from 'react';
import { api } from '../../app/api-client';
import type { Category } from './product-types';

let cached: Promise<Category[]> | null = null;

function loadCategories(): Promise<Category[]> {
  cached ??= api.get<{ items: Category[] }>('/catalog/categories').then(
    (answer) => answer.items,
    (error: unknown) => {
      cached = null;
      throw error;
    },
  );
  return cached;
}

export function useCategories(): { categories: Category[]; error: unknown } {
  const [state, setState] = useState<{ categories: Category[]; error: unknown }>({ categories: [], error: null });
  useEffect(() => {
    let live = true;
    loadCategories().then(
      (categories) => live && setState({ categories, error: null }),
      (error: unknown) => live && setState({ categories: [], error }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

/** A category's name in the reader's language. */
export const categoryName = (categories: Category[], code: string, locale: string) => {
  const c = categories.find((x) => x.code === code);
  return c ? (locale === 'zh-CN' ? c.zh : c.en) : code;
};
