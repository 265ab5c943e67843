// The demo world: one operator, five US sellers modelled on the kinds of business Gateway serves,
// their people, and a few shoppers in China. Shared password, printed at start-up.
import type { NewSeller } from '../sellers/index.js';

export const DEMO_PASSWORD = 'gateway-demo';

export type DemoPerson = { email: string; name: string; locale: 'zh-CN' | 'en-US' };

export const demoOperators: DemoPerson[] = [{ email: 'ops@gateway.example', name: 'Grace Operator', locale: 'en-US' }];

export const demoSellers: Array<NewSeller & { owner: DemoPerson; staff: DemoPerson[] }> = [
  {
    legal_name: 'Traverse Bay Orchards LLC',
    trade_name: 'Traverse Bay Tart Cherry Farm',
    state: 'MI',
    city: 'Traverse City',
    business_type: 'farm',
    owner: { email: 'sarah@tartcherry.example', name: 'Sarah Kowalski', locale: 'en-US' },
    staff: [{ email: 'mike@tartcherry.example', name: 'Mike Kowalski', locale: 'en-US' }],
  },
  {
    legal_name: 'Marathon County Ginseng Co.',
    trade_name: 'Wausau Ginseng Gardens',
    state: 'WI',
    city: 'Wausau',
    business_type: 'farm',
    owner: { email: 'tom@wausauginseng.example', name: 'Tom Hsu', locale: 'en-US' },
    staff: [],
  },
  {
    legal_name: 'Woodward Leather Works Inc.',
    trade_name: 'Woodward Leather',
    state: 'MI',
    city: 'Detroit',
    business_type: 'small_business',
    owner: { email: 'dana@woodwardleather.example', name: 'Dana Brooks', locale: 'en-US' },
    staff: [{ email: 'omar@woodwardleather.example', name: 'Omar Haddad', locale: 'en-US' }],
  },
  {
    legal_name: 'Central Valley Almond Growers Cooperative',
    trade_name: 'Golden Valley Almonds',
    state: 'CA',
    city: 'Modesto',
    business_type: 'cooperative',
    owner: { email: 'maria@valleyalmonds.example', name: 'Maria Alvarez', locale: 'en-US' },
    staff: [],
  },
  {
    legal_name: 'Cascade Botanicals LLC',
    trade_name: 'Cascade Botanicals',
    state: 'OR',
    city: 'Portland',
    business_type: 'brand',
    owner: { email: 'emma@cascadebotanicals.example', name: 'Emma Lindqvist', locale: 'en-US' },
    staff: [],
  },
];

export const demoShoppers: DemoPerson[] = [
  { email: 'li.wei@shopper.example', name: '李伟', locale: 'zh-CN' },
  { email: 'wang.fang@shopper.example', name: '王芳', locale: 'zh-CN' },
  { email: 'zhang.min@shopper.example', name: '张敏', locale: 'zh-CN' },
];
