// Turning text into search terms, the same way for documents and queries (pure, no db). Both engines
// get text we have already cut into terms made only of letters and digits, separated by spaces, so
// nothing a shopper types ever reaches the FTS5 or tsquery parser as syntax.
//
// Chinese is matched three ways at once: Intl.Segmenter words, CJK bigrams (segmentation alone misses
// compounds such as 礼盒 in 礼盒装) and single characters (one-character queries). Chinese words and
// bigrams also give their pinyin, full (yingtao) and initials (yt). English words give themselves and
// a light singular stem (cherries → cherry), so "cherry" finds "Cherries".
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
/** Runs of Han characters, or runs of other letters/digits; everything else separates. */
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const MAX_TERM = 60;
const PINYIN_NGRAM = 4;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\uFFFD]/g;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** NFKC, lower case, and any control character or unpaired surrogate made a space. */
export function normalise(text: string): string {
  return text.replace(LONE_SURROGATE, ' ').replace(CONTROL, ' ').normalize('NFKC').toLowerCase().replace(/ü/g, 'v');
}

/** The key an exact-title match compares: normalised, without spaces or punctuation. */
export function titleKey(text: string): string {
  return (normalise(text).match(RUN) ?? []).join('');
}

/** A light English singular: cherries → cherry, boxes → box, apples → apple; other words unchanged. */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length < 4) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sses|xes|ches|shes|zes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function syllablesOf(run: string): string[] {
  const chars = [...run];
  const full = pinyin(run, { toneType: 'none', type: 'array' });
  const syllables = full.length === chars.length ? full : chars.map((c) => pinyin(c, { toneType: 'none' }));
  return syllables.map((s) => s.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z]/g, ''));
}

export type TermOptions = { pinyin: boolean };

/** Terms of Han runs already cut, by run and pinyin option: titles repeat their words (樱桃, 礼盒), and
 * pinyin is the dearest part of indexing. Emptied whole when full, which is rare and harmless. */
const hanRunTerms = new Map<string, string[]>();
const MAX_MEMO_RUNS = 50_000;

function addHanRun(run: string, out: Set<string>, options: TermOptions): void {
  const key = (options.pinyin ? 'p' : 'n') + run;
  let terms = hanRunTerms.get(key);
  if (terms === undefined) {
    const own = new Set<string>();
    cutHanRun(run, own, options);
    terms = [...own];
    if (hanRunTerms.size >= MAX_MEMO_RUNS) hanRunTerms.clear();
    hanRunTerms.set(key, terms);
  }
  for (const t of terms) out.add(t);
}

function cutHanRun(run: string, out: Set<string>, options: TermOptions): void {
  const chars = [...run];
  const syllables = options.pinyin ? syllablesOf(run) : [];
  const addPinyin = (from: number, to: number) => {
    const part = syllables.slice(from, to);
    if (part.length < 2 || part.some((s) => s === '')) return;
    out.add(part.join('').slice(0, MAX_TERM));
    out.add(part.map((s) => s[0]).join(''));
  };
  chars.forEach((c, i) => {
    out.add(c);
    if (i + 1 < chars.length) out.add(c + chars[i + 1]);
    // Pinyin of every 2- to 4-character stretch, so a word the segmenter cut differently (蔓越莓,
    // 护手霜 inside a longer title) is still found as typed: manyuemei, hushoushuang, hss.
    if (options.pinyin) for (let n = 2; n <= PINYIN_NGRAM && i + n <= chars.length; n++) addPinyin(i, i + n);
  });
  let at = 0;
  for (const seg of segmenter.segment(run)) {
    const length = [...seg.segment].length;
    if (seg.isWordLike && length > 2) {
      out.add(seg.segment.slice(0, MAX_TERM));
      if (options.pinyin) addPinyin(at, at + length);
    }
    at += length;
  }
}

/** The distinct terms of a document field. */
export function documentTerms(text: string, options: TermOptions = { pinyin: false }, out = new Set<string>()): Set<string> {
  for (const run of normalise(text).match(RUN) ?? []) {
    if (HAN.test(run)) addHanRun(run, out, options);
    else {
      out.add(run.slice(0, MAX_TERM));
      const s = stem(run);
      if (s !== run) out.add(s);
      // "227g" also as "227" and "g", so "227 g" and "227g" find each other.
      for (const part of run.match(/\p{N}+|[^\p{N}]+/gu) ?? []) if (part !== run) out.add(part);
    }
  }
  return out;
}

/** A document field as the text both engines index: its terms separated by spaces. */
export function indexText(texts: string[], options: TermOptions = { pinyin: false }, maxTerms = 4000): string {
  const out = new Set<string>();
  for (const text of texts) documentTerms(text, options, out);
  return [...out].slice(0, maxTerms).join(' ');
}

export type QueryTerm = { text: string; prefix: boolean };
export type ParsedQuery = { terms: QueryTerm[]; key: string };

const MAX_QUERY_TERMS = 12;

/**
 * A shopper's query as terms that must all match: each Chinese run as its bigrams (or the one
 * character), other words as their stem; the last word is a prefix unless the query ends in a space,
 * so results follow the shopper as they type.
 */
export function parseQuery(q: string): ParsedQuery {
  const text = normalise(q);
  const runs = text.match(RUN) ?? [];
  const endsOpen = runs.length > 0 && !/[\s\p{P}\p{S}]$/u.test(text);
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (t: string, prefix: boolean) => {
    const term = t.slice(0, MAX_TERM);
    const key = `${term}|${prefix}`;
    if (!seen.has(key)) terms.push({ text: term, prefix });
    seen.add(key);
  };
  runs.forEach((run, i) => {
    const last = i === runs.length - 1 && endsOpen;
    if (HAN.test(run)) {
      const chars = [...run];
      if (chars.length === 1) add(run, false);
      else for (let j = 0; j + 1 < chars.length; j++) add(chars[j]! + chars[j + 1]!, false);
    } else if (last && run.length > 1) add(run, true);
    // A one-letter prefix would expand to half the vocabulary: wait for the second letter.
    else add(stem(run), false);
  });
  return { terms: terms.slice(0, MAX_QUERY_TERMS), key: titleKey(q).slice(0, 200) };
}

/** FTS5 MATCH text: every term quoted (letters and digits only, so quoting is enough), all required. */
export const ftsQuery = (terms: QueryTerm[]) => terms.map((t) => `"${t.text}"${t.prefix ? '*' : ''}`).join(' ');

/** PostgreSQL to_tsquery text: every term quoted, prefix terms with :*, all required. */
export const tsQuery = (terms: QueryTerm[]) => terms.map((t) => `'${t.text}'${t.prefix ? ':*' : ''}`).join(' & ');
