// Where each area lives: its home, sign-in and account paths, and the role it is for.
import type { Role } from './api-types';
import type { Area } from './i18n/i18n';

export type AreaPaths = { home: string; signIn: string; signUp: string | null; account: string; role: Role | null };

export const AREAS: Record<Area, AreaPaths> = {
  storefront: { home: '/', signIn: '/sign-in', signUp: '/sign-up', account: '/account', role: null },
  seller: { home: '/seller', signIn: '/seller/sign-in', signUp: '/seller/sign-up', account: '/seller/account', role: 'seller' },
  ops: { home: '/ops/users', signIn: '/ops/sign-in', signUp: null, account: '/ops/users', role: 'operator' },
};

/** Only same-site paths of the area are followed after sign-in, never an absolute URL. */
export function safeNext(next: string | null, area: Area): string {
  const home = AREAS[area].home;
  if (!next || !next.startsWith('/') || next.startsWith('//')) return area === 'storefront' ? AREAS.storefront.account : home;
  return next;
}
