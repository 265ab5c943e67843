// Suggestions while the shopper types: categories whose name contains what was typed, then the titles
// of the best-matching products (at most 10 in all).
import { CATEGORIES } from '../products/index.js';
import type { HitRow } from './query.js';
import { parseQuery, titleKey, type ParsedQuery } from './tokenise.js';

export type Suggestion = { text: string; handle: string | null; productId: string | null; category: string | null };

const MAX = 10;

export async function suggest(bestHits: (query: ParsedQuery, limit: number) => Promise<HitRow[]>, q: string): Promise<Suggestion[]> {
  const query = parseQuery(q);
  if (query.terms.length === 0) return [];
  const key = titleKey(q);
  const categories: Suggestion[] = CATEGORIES.filter((c) => titleKey(c.zh).includes(key) || titleKey(c.en).includes(key)).map((c) => ({ text: c.zh, handle: null, productId: null, category: c.code }));
  const hits = await bestHits(query, MAX);
  const seen = new Set<string>();
  const products: Suggestion[] = [];
  for (const h of hits) {
    if (seen.has(h.title_zh)) continue;
    seen.add(h.title_zh);
    products.push({ text: h.title_zh, handle: h.handle, productId: h.product_id, category: null });
  }
  return [...categories.slice(0, 2), ...products].slice(0, MAX);
}
