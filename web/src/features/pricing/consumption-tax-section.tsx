// Tax tables › Consumption tax: the rule of each HS prefix in words (the longest matching prefix
// applies), and a form that sets one prefix's rule (PUT, audited). "Edit" copies a row into the form.
import { useState, type FormEvent } from 'react';
import { api } from '../../app/api-client';
import { useT } from '../../app/i18n/i18n';
import type { ApiQuery } from '../../app/use-api';
import { fieldErrorText } from '../../app/ui/error-text';
import { Field, SelectField } from '../../app/ui/field';
import { ErrorNotice, SuccessNotice } from '../../app/ui/notice';
import { TableCard } from '../../app/ui/table-card';
import { ruleText } from './consumption-rule-text';
import { bpToPercent, fenToYuan, percentToBp, yuanToFen } from './money';
import type { ConsumptionTaxLine, ConsumptionTaxRule } from './pricing-types';

type Kind = ConsumptionTaxRule['kind'];
const EMPTY = { hsPrefix: '', kind: 'ad_valorem' as Kind, rate: '', perMlOrG: '', perPiece: '', perItem: '', inclusive: true, note: '' };
type Draft = typeof EMPTY;

function toDraft(line: ConsumptionTaxLine): Draft {
  const r = line.rule;
  return {
    ...EMPTY,
    hsPrefix: line.hsPrefix,
    kind: r.kind,
    note: line.note ?? '',
    rate: r.kind === 'none' ? '' : bpToPercent(r.rateBp),
    perMlOrG: r.kind === 'cosmetics_high_end' ? fenToYuan(r.perMlOrGFen) : '',
    perPiece: r.kind === 'cosmetics_high_end' ? fenToYuan(r.perPieceFen) : '',
    perItem: r.kind === 'watch' ? fenToYuan(r.perItemFen) : '',
    inclusive: r.kind === 'cosmetics_high_end' || r.kind === 'watch' ? r.inclusive : true,
  };
}

/** The rule to send, or the name of the first field that cannot be read. */
function ruleOf(d: Draft): ConsumptionTaxRule | { bad: 'rate' | 'perMlOrG' | 'perPiece' | 'perItem' } {
  if (d.kind === 'none') return { kind: 'none' };
  const rateBp = percentToBp(d.rate);
  if (rateBp === null) return { bad: 'rate' };
  if (d.kind === 'ad_valorem') return { kind: 'ad_valorem', rateBp };
  if (d.kind === 'watch') {
    const perItemFen = yuanToFen(d.perItem);
    return perItemFen ? { kind: 'watch', rateBp, perItemFen, inclusive: d.inclusive } : { bad: 'perItem' };
  }
  const perMlOrGFen = yuanToFen(d.perMlOrG);
  const perPieceFen = yuanToFen(d.perPiece);
  if (!perMlOrGFen) return { bad: 'perMlOrG' };
  if (!perPieceFen) return { bad: 'perPiece' };
  return { kind: 'cosmetics_high_end', rateBp, perMlOrGFen, perPieceFen, inclusive: d.inclusive };
}

export function ConsumptionTaxSection({ rules }: { rules: ApiQuery<{ items: ConsumptionTaxLine[] }> }) {
  const i18n = useT();
  const { t } = i18n;
  const [form, setForm] = useState<Draft>(EMPTY);
  const [bad, setBad] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = rules.data?.items ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const rule = ruleOf(form);
    setBad('bad' in rule ? rule.bad : null);
    if ('bad' in rule) return;
    setBusy(true);
    try {
      const note = form.note.trim();
      const hsPrefix = form.hsPrefix.trim();
      await api.put(`/ops/pricing/consumption-tax-rules/${encodeURIComponent(hsPrefix)}`, { rule, ...(note ? { note } : {}) });
      setNotice(t('ctax.saved', { hsPrefix, rule: ruleText(rule, i18n) }));
      setForm(EMPTY);
      rules.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const errorOf = (field: 'rate' | 'perMlOrG' | 'perPiece' | 'perItem', apiField: string) =>
    bad === field ? t(field === 'rate' ? 'ctax.invalid.rate' : 'ctax.invalid.amount') : fieldErrorText(error, apiField, i18n);
  return (
    <section aria-labelledby="ctax-title" className="pricing-split">
      <div>
        <h2 id="ctax-title" className="section-title pricing-section-head">
          {t('ctax.title')}
        </h2>
        {rules.error ? <ErrorNotice error={rules.error} onRetry={rules.reload} /> : null}
        <TableCard
          label={t('ctax.title')}
          loading={rules.loading}
          error={rules.error}
          count={items.length}
          empty={t('ctax.empty')}
          head={
            <>
              <th scope="col">{t('ctax.hsPrefix')}</th>
              <th scope="col">{t('ctax.rule')}</th>
              <th scope="col">{t('vat.note')}</th>
              <th scope="col">{t('vat.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('vat.actions')}</span>
              </th>
            </>
          }
        >
          {items.map((line) => (
            <tr key={line.hsPrefix}>
              <td className="mono nowrap">{line.hsPrefix}</td>
              <td className="pricing-rule">{ruleText(line.rule, i18n)}</td>
              <td className="pricing-note">{line.note ?? '—'}</td>
              <td className="nowrap small">{t('common.dateTime', { date: new Date(line.updatedAt) })}</td>
              <td>
                <button type="button" className="link-button" onClick={() => setForm(toDraft(line))} aria-label={t('ctax.editPrefix', { hsPrefix: line.hsPrefix })}>
                  {t('vat.edit')}
                </button>
              </td>
            </tr>
          ))}
        </TableCard>
      </div>
      <div className="card form-card" role="group" aria-labelledby="ctax-form-title">
        <h3 id="ctax-form-title" className="subsection-title">
          {t('ctax.formTitle')}
        </h3>
        <form className="form-stack" onSubmit={submit}>
          <Field label={t('ctax.hsPrefix')} name="hsPrefix" required inputMode="numeric" pattern="\d{2,10}" maxLength={10} value={form.hsPrefix} onChange={set('hsPrefix')} error={fieldErrorText(error, 'hsPrefix', i18n)} hint={t('ctax.hsPrefixHint')} />
          <SelectField label={t('ctax.kind')} name="kind" value={form.kind} onChange={set('kind')}>
            {(['none', 'ad_valorem', 'cosmetics_high_end', 'watch'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`ctax.kind.${k}`)}
              </option>
            ))}
          </SelectField>
          {form.kind !== 'none' ? <Field label={t('ctax.rate')} name="rate" inputMode="decimal" value={form.rate} onChange={set('rate')} error={errorOf('rate', 'rule.rateBp')} /> : null}
          {form.kind === 'cosmetics_high_end' ? (
            <>
              <Field label={t('ctax.perMlOrG')} name="perMlOrG" inputMode="decimal" value={form.perMlOrG} onChange={set('perMlOrG')} error={errorOf('perMlOrG', 'rule.perMlOrGFen')} />
              <Field label={t('ctax.perPiece')} name="perPiece" inputMode="decimal" value={form.perPiece} onChange={set('perPiece')} error={errorOf('perPiece', 'rule.perPieceFen')} />
            </>
          ) : null}
          {form.kind === 'watch' ? <Field label={t('ctax.perItem')} name="perItem" inputMode="decimal" value={form.perItem} onChange={set('perItem')} error={errorOf('perItem', 'rule.perItemFen')} /> : null}
          {form.kind === 'cosmetics_high_end' || form.kind === 'watch' ? (
            <label className="pricing-check">
              <input type="checkbox" checked={form.inclusive} onChange={(e) => setForm((f) => ({ ...f, inclusive: e.target.checked }))} />
              {t('ctax.inclusive')}
            </label>
          ) : null}
          <Field label={t('vat.note')} name="note" maxLength={500} value={form.note} onChange={set('note')} error={fieldErrorText(error, 'note', i18n)} />
          <div className="button-row">
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? t('vat.setting') : t('ctax.submit')}
            </button>
          </div>
        </form>
        <SuccessNotice message={notice} />
        <ErrorNotice error={error} />
      </div>
    </section>
  );
}
