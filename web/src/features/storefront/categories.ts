// The storefront's top-level categories: the kinds of US goods shoppers in China buy cross-border.
import type { ComponentType } from 'react';
import { BagIcon, BottleIcon, CapsuleIcon, CherryIcon, DropletIcon, WineIcon } from '../../app/ui/icons';

export type CategorySlug = 'food' | 'beauty' | 'health' | 'baby' | 'bags' | 'drinks';

export type Category = { slug: CategorySlug; Icon: ComponentType<{ size?: number }>; tone: string };

export const CATEGORIES: readonly Category[] = [
  { slug: 'food', Icon: CherryIcon, tone: '#e2231a' },
  { slug: 'beauty', Icon: DropletIcon, tone: '#e0457b' },
  { slug: 'health', Icon: CapsuleIcon, tone: '#1f9d55' },
  { slug: 'baby', Icon: BottleIcon, tone: '#2b7bd6' },
  { slug: 'bags', Icon: BagIcon, tone: '#a0612b' },
  { slug: 'drinks', Icon: WineIcon, tone: '#8a3ab9' },
];

export const findCategory = (slug: string | undefined) => CATEGORIES.find((c) => c.slug === slug);
