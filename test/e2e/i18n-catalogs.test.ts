// The two message catalogs: same keys (also enforced by the web typecheck), every message valid ICU,
// and the same arguments on both sides, so no translation silently drops a value.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { enUS } from '../../web/src/app/i18n/en-US.js';
import { zhCN } from '../../web/src/app/i18n/zh-CN.js';

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

function argumentsOf(elements: Element[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    // Literal (0) and pound (7) elements carry no argument name.
    if (el.type !== 0 && el.type !== 7 && el.value) into.add(el.value);
    for (const option of Object.values(el.options ?? {})) argumentsOf(option.value, into);
    if (el.children) argumentsOf(el.children, into);
  }
  return into;
}

const parse = (message: string, locale: string) => new IntlMessageFormat(message, locale).getAst() as Element[];

describe('message catalogs', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('parse as ICU in both languages, with the same arguments on both sides', () => {
    const mismatches: string[] = [];
    for (const key of Object.keys(zhCN) as Array<keyof typeof zhCN>) {
      const zhArgs = [...argumentsOf(parse(zhCN[key], 'zh-CN'))].sort().join(',');
      const enArgs = [...argumentsOf(parse(enUS[key], 'en-US'))].sort().join(',');
      if (zhArgs !== enArgs) mismatches.push(`${key}: zh-CN {${zhArgs}} vs en-US {${enArgs}}`);
    }
    expect(mismatches).toEqual([]);
    expect(argumentsOf(parse(zhCN['store.sellers.subtitle'], 'zh-CN'))).toEqual(new Set(['count']));
  });
});
