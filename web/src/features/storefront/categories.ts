// The storefront's categories: the server's category codes (GET /api/v1/catalog/categories) with the
// icon and colour each tile uses. Names and blurbs are messages (store.cat.<code>, store.catBlurb.<code>).
import type { ComponentType } from 'react';
import { BagIcon, BottleIcon, CapsuleIcon, CherryIcon, DropletIcon, WineIcon } from '../../app/ui/icons';
import { PotIcon, ShirtIcon } from './store-icons';

export type CategorySlug = 'food' | 'health' | 'beauty' | 'baby' | 'wine' | 'bags' | 'apparel' | 'home';

export type Category = { slug: CategorySlug; Icon: ComponentType<{ size?: number }>; tone: string };

export const CATEGORIES: readonly Category[] = [
  { slug: 'food', Icon: CherryIcon, tone: '#e2231a' },
  { slug: 'health', Icon: CapsuleIcon, tone: '#1f9d55' },
  { slug: 'beauty', Icon: DropletIcon, tone: '#e0457b' },
  { slug: 'baby', Icon: BottleIcon, tone: '#2b7bd6' },
  { slug: 'wine', Icon: WineIcon, tone: '#8a3ab9' },
  { slug: 'bags', Icon: BagIcon, tone: '#a0612b' },
  { slug: 'apparel', Icon: ShirtIcon, tone: '#d9730d' },
  { slug: 'home', Icon: PotIcon, tone: '#4f6d8f' },
];

export const findCategory = (slug: string | undefined) => CATEGORIES.find((c) => c.slug === slug);
