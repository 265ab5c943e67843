// Messages for the current area: each area (storefront, seller center, ops) has its own default
// language and remembers the shopper's or seller's choice in localStorage.
import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../api-types';
import { enUS } from './en-US';
import { zhCN, type MessageKey } from './zh-CN';

export type { MessageKey };
export type Area = 'storefront' | 'seller' | 'ops';
export type MessageValues = Record<string, string | number | Date>;

// Both directions, so neither catalog can gain or lose a key without the typecheck failing.
const catalogs: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };
const reverseCheck: Record<keyof typeof enUS, string> = zhCN;
void reverseCheck;

export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
export const DEFAULT_LOCALE: Record<Area, Locale> = { storefront: 'zh-CN', seller: 'en-US', ops: 'en-US' };

const compiled = new Map<string, IntlMessageFormat>();

export function formatMessage(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(catalogs[locale][key], locale);
    compiled.set(cacheKey, format);
  }
  return String(format.format(values));
}

export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

const storageKey = (area: Area) => `gateway.locale.${area}`;

function storedLocale(area: Area): Locale {
  try {
    const value = localStorage.getItem(storageKey(area));
    if (value === 'zh-CN' || value === 'en-US') return value;
  } catch {
    // Storage can be unavailable (private mode, blocked cookies): fall back to the area's default.
  }
  return DEFAULT_LOCALE[area];
}

type I18n = {
  area: Area;
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, values?: MessageValues): string;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ area, children }: { area: Area; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => storedLocale(area));

  const setLocale = useCallback(
    (next: Locale) => {
      setLocaleState(next);
      try {
        localStorage.setItem(storageKey(area), next);
      } catch {
        // Not remembered, but still switched for this visit.
      }
    },
    [area],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(
    () => ({ area, locale, setLocale, t: (key, values) => formatMessage(locale, key, values) }),
    [area, locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT outside I18nProvider');
  return value;
}
