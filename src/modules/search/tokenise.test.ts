import { describe, expect, it } from 'vitest';
import { documentTerms, ftsQuery, indexText, normalise, parseQuery, stem, titleKey, tsQuery } from './tokenise.js';

const terms = (text: string, pinyin = true) => documentTerms(text, { pinyin });
/** Whether every term of the query is among the document's terms (prefix terms as prefixes). */
const finds = (doc: string, q: string) => {
  const have = [...terms(doc)];
  const { terms: wanted } = parseQuery(q);
  return wanted.length > 0 && wanted.every((t) => (t.prefix ? have.some((h) => h.startsWith(t.text)) : have.includes(t.text)));
};

describe('document terms', () => {
  it('cuts Chinese into single characters, bigrams and their pinyin (full and initials)', () => {
    const t = terms('美国密歇根酸樱桃干');
    for (const expected of ['樱', '桃', '樱桃', '桃干', 'yingtao', 'yt', 'meiguo', 'mg']) expect(t).toContain(expected);
  });

  it('finds compounds that word segmentation misses, by bigrams', () => {
    expect(finds('加州杏仁礼盒装 500克', '礼盒')).toBe(true);
    expect(finds('新西兰羊奶粉 800克', '奶粉')).toBe(true);
    expect(finds('美国密歇根蒙莫朗西酸樱桃干', '樱桃')).toBe(true);
    expect(finds('美国密歇根蒙莫朗西酸樱桃干', '樱')).toBe(true);
  });

  it('matches pinyin as typed: full, initials and prefixes', () => {
    for (const q of ['yingtao', 'yt', 'yingt', 'YingTao']) expect(finds('酸樱桃干', q), q).toBe(true);
    expect(finds('酸樱桃干', 'lihe')).toBe(false);
  });

  it('reads polyphones in context (重庆 → chongqing)', () => {
    expect(terms('重庆火锅')).toContain('chongqing');
  });

  it('finds English words, singular or plural, and as a prefix while typing', () => {
    const doc = 'Dried Montmorency Tart Cherries 227g';
    for (const q of ['cherry', 'cherries', 'CHERRIES ', 'cher', 'tart cherr', '227']) expect(finds(doc, q), q).toBe(true);
    expect(finds(doc, 'apple')).toBe(false);
  });

  it('normalises width and case (NFKC): full-width letters find ASCII ones', () => {
    expect(finds('Traverse Bay', 'ＴＲＡＶＥＲＳＥ')).toBe(true);
    expect(normalise('Ａｂｃ１２３')).toBe('abc123');
  });

  it('stems only plain English plurals', () => {
    expect([stem('cherries'), stem('boxes'), stem('apples'), stem('glass'), stem('citrus'), stem('bus')]).toEqual(['cherry', 'box', 'apple', 'glass', 'citrus', 'bus']);
  });

  it('indexes letters and digits only, separated by spaces', () => {
    const text = indexText(['Hello, "world" * NEAR(x) — 樱桃!'], { pinyin: true });
    expect(text).toMatch(/^[\p{L}\p{N} ]+$/u);
    expect(text.split(' ')).toEqual(expect.arrayContaining(['hello', 'world', 'near', 'x', '樱桃']));
  });
});

describe('queries', () => {
  it('requires every bigram of a Chinese run, and makes the last English word a prefix', () => {
    expect(parseQuery('樱桃礼盒').terms).toEqual([
      { text: '樱桃', prefix: false },
      { text: '桃礼', prefix: false },
      { text: '礼盒', prefix: false },
    ]);
    expect(parseQuery('tart cherr').terms).toEqual([
      { text: 'tart', prefix: false },
      { text: 'cherr', prefix: true },
    ]);
    expect(parseQuery('cherries ').terms).toEqual([{ text: 'cherry', prefix: false }]);
    // One letter is not a useful prefix (it would expand to half the vocabulary).
    expect(parseQuery('c').terms).toEqual([{ text: 'c', prefix: false }]);
  });

  it.each([
    ['"', []],
    ['*', []],
    ['NEAR(', [{ text: 'near', prefix: false }]],
    ['a" OR "b', [{ text: 'a', prefix: false }, { text: 'or', prefix: false }, { text: 'b', prefix: false }]],
    ["'; drop table products; --", [{ text: 'drop', prefix: false }, { text: 'table', prefix: false }, { text: 'product', prefix: false }]],
    ['😀🍒', []],
    ['\uD83D樱桃\uDC00', [{ text: '樱桃', prefix: false }]],
    ['\u0000\u0007^:-', []],
  ])('neutralises %j', (q, expected) => {
    const parsed = parseQuery(q);
    expect(parsed.terms).toEqual(expected);
    // What reaches either engine is quoted letters and digits only.
    expect(ftsQuery(parsed.terms)).toMatch(/^("[\p{L}\p{N}]+"\*? ?)*$/u);
    expect(tsQuery(parsed.terms)).toMatch(/^('[\p{L}\p{N}]+'(:\*)?( & )?)*$/u);
  });

  it('bounds the number of terms of a very long query', () => {
    expect(parseQuery('樱桃'.repeat(5000)).terms.length).toBeLessThanOrEqual(12);
    expect(parseQuery('word '.repeat(2000)).terms.length).toBe(1);
  });

  it('keys titles without spaces or punctuation, for the exact-title boost', () => {
    expect(titleKey('美国密歇根 酸樱桃干 227克')).toBe(titleKey('美国密歇根酸樱桃干227克'));
    expect(parseQuery('Tart Cherries, 227 g').key).toBe('tartcherries227g');
  });
});
