// The search terms the recall test checks and the search benchmark rotates through, on a catalog from
// catalog-generator.ts. `word` is what a matching title must contain: the Chinese word itself
// (in title_zh), the Chinese word a pinyin query spells (in title_zh), or an English word (a whole
// word of title_en, any case).
export type QueryKind = 'chinese' | 'pinyin' | 'english';
export type SearchTerm = { q: string; kind: QueryKind; word: string };

const zh = (q: string): SearchTerm => ({ q, kind: 'chinese', word: q });
const py = (q: string, word: string): SearchTerm => ({ q, kind: 'pinyin', word });
const en = (q: string): SearchTerm => ({ q, kind: 'english', word: q });

/** 44 terms; the recall test adds 6 exact product titles to make its fixed list of 50. */
export const SEARCH_TERMS: readonly SearchTerm[] = [
  zh('樱桃'), zh('酸樱桃'), zh('蔓越莓'), zh('西洋参'), zh('枫糖浆'), zh('奶粉'), zh('礼盒'), zh('坚果'),
  zh('维生素'), zh('葡萄酒'), zh('护手霜'), zh('蜂蜜'), zh('开心果'), zh('核桃'), zh('巧克力'), zh('咖啡豆'),
  zh('手工皂'), zh('真皮'), zh('砧板'), zh('鱼油'), zh('红葡萄酒'), zh('燕麦'), zh('密歇根'), zh('佛蒙特'),
  py('yingtao', '樱桃'), py('manyuemei', '蔓越莓'), py('xiyangshen', '西洋参'), py('fengtangjiang', '枫糖浆'),
  py('naifen', '奶粉'), py('lihe', '礼盒'), py('jianguo', '坚果'), py('fengmi', '蜂蜜'), py('putaojiu', '葡萄酒'),
  py('hushoushuang', '护手霜'),
  en('cherry'), en('cranberries'), en('ginseng'), en('maple'), en('honey'), en('almonds'), en('wine'), en('vitamin'),
  en('leather'), en('pistachios'),
];

/** Whether a product's titles contain the term (what 100 % recall is measured against). */
export function titleMatches(term: SearchTerm, title: { zh: string; en: string }): boolean {
  if (term.kind !== 'english') return title.zh.includes(term.word);
  return new RegExp(`(^|[^a-z0-9])${term.word.toLowerCase()}([^a-z0-9]|$)`).test(title.en.toLowerCase());
}
