// A consumption-tax rule in words for the tables: "15% when ≥ ¥10.00 per ml/g or ≥ ¥15.00 per piece
// (inclusive)". Rates are basis points and thresholds fen, as the API keeps them.
import type { MessageKey, MessageValues } from '../../app/i18n/i18n';
import { formatBp, formatFen } from './money';
import type { ConsumptionTaxRule } from './pricing-types';

type Translate = { locale: string; t(key: MessageKey, values?: MessageValues): string };

export function ruleText(rule: ConsumptionTaxRule, { locale, t }: Translate): string {
  switch (rule.kind) {
    case 'none':
      return t('ctax.rule.none');
    case 'ad_valorem':
      return t('ctax.rule.ad_valorem', { rate: formatBp(rule.rateBp, locale) });
    case 'cosmetics_high_end':
      return t('ctax.rule.cosmetics_high_end', {
        rate: formatBp(rule.rateBp, locale),
        perMlOrG: formatFen(rule.perMlOrGFen),
        perPiece: formatFen(rule.perPieceFen),
        inclusive: rule.inclusive ? 'yes' : 'no',
      });
    case 'watch':
      return t('ctax.rule.watch', { rate: formatBp(rule.rateBp, locale), perItem: formatFen(rule.perItemFen), inclusive: rule.inclusive ? 'yes' : 'no' });
  }
}
