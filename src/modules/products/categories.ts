// Product categories and what each demands. `labelKind` says which Chinese electronic label a product
// needs (DOMAIN.md §7: goods may carry no Chinese label, so the platform shows one); `food` marks the
// categories for which a food-facility registration (GACC Decree 248) is asked while the switch is on.

export type CategoryCode = 'food' | 'health' | 'beauty' | 'baby' | 'wine' | 'bags' | 'apparel' | 'home';

export type Category = { code: CategoryCode; en: string; zh: string; labelKind: 'food' | 'cosmetics' | null; food: boolean };

export const CATEGORIES: readonly Category[] = [
  { code: 'food', en: 'Food & agriculture', zh: '食品与农产品', labelKind: 'food', food: true },
  { code: 'health', en: 'Health & supplements', zh: '保健品', labelKind: 'food', food: true },
  { code: 'beauty', en: 'Beauty & skincare', zh: '美妆护肤', labelKind: 'cosmetics', food: false },
  { code: 'baby', en: 'Mother & baby', zh: '母婴', labelKind: 'food', food: true },
  { code: 'wine', en: 'Wine & spirits', zh: '酒水', labelKind: 'food', food: true },
  { code: 'bags', en: 'Bags & leather goods', zh: '箱包皮具', labelKind: null, food: false },
  { code: 'apparel', en: 'Apparel & shoes', zh: '服饰鞋履', labelKind: null, food: false },
  { code: 'home', en: 'Home & kitchen', zh: '家居厨房', labelKind: null, food: false },
];

export const CATEGORY_CODES = CATEGORIES.map((c) => c.code);
export const categoryOf = (code: string): Category | undefined => CATEGORIES.find((c) => c.code === code);

/** The label fields each label kind requires before publishing. */
export const LABEL_FIELDS = ['ingredients', 'manufacturer', 'storage', 'shelfLife', 'netContent'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];
export const REQUIRED_LABEL_FIELDS: Record<'food' | 'cosmetics', readonly LabelField[]> = {
  food: ['ingredients', 'manufacturer', 'storage', 'shelfLife', 'netContent'],
  cosmetics: ['ingredients', 'manufacturer', 'shelfLife', 'netContent'],
};

export const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', PR: 'Puerto Rico',
};
export const US_STATE_CODES = Object.keys(US_STATES);

export const SHIPPING_MODES = ['9610', '1210'] as const;

/** GS1 check digit (GTIN-8/12/13/14): barcodes are checked, not just counted. */
export function validGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(code)) return false;
  const digits = [...code].map(Number);
  const check = digits.pop()!;
  const sum = digits.reverse().reduce((s, d, i) => s + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}
