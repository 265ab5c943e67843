// FX rates as history: every rate has its effective time and source; nothing is overwritten, and the
// rate in force at any moment is looked up. Rates are exact decimals stored as integer micro-units.
import type { Db } from '../../db/database.js';
import type { FxRatesTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { cell, readCsv } from '../../platform/csv.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { findRateInForce, insertFxRates, type Pair } from './fx-repo.js';
import { bumpPricingVersion } from './pricing-version.js';

const RATE = /^(\d{1,4})(?:\.(\d{1,6}))?$/;

/** "7.1234" → 7123400; null when not a positive decimal with at most 6 places. */
export function parseRateMicro(text: string): number | null {
  const m = RATE.exec(text.trim());
  if (!m) return null;
  const micro = Number(m[1]) * 1_000_000 + Number((m[2] ?? '').padEnd(6, '0'));
  return micro > 0 ? micro : null;
}

export const formatRate = (micro: number) => (micro / 1_000_000).toFixed(6).replace(/0{1,4}$/, '');

export type RateInput = Pair & { rate: string; source: string; effectiveFrom: string };

function toRow(ctx: Ctx, input: RateInput, field = (name: string) => name): FxRatesTable {
  if (input.base === input.quote) throw invalidField(field('quote'), 'must differ from base');
  const micro = parseRateMicro(input.rate);
  if (micro === null) throw invalidField(field('rate'), 'must be a positive decimal with at most 6 places, e.g. 7.1234');
  // A rate far from any plausible USD/CNY level is a typo (7123.4 for 7.1234), not a market move.
  const plausible = input.base === 'USD' ? micro >= 3_000_000 && micro <= 15_000_000 : micro >= 60_000 && micro <= 340_000;
  if (!plausible) throw invalidField(field('rate'), `${input.rate} is not a plausible ${input.base}→${input.quote} rate`);
  const at = Date.parse(input.effectiveFrom);
  if (Number.isNaN(at)) throw invalidField(field('effectiveFrom'), 'must be an ISO date-time');
  return {
    id: newId('fxr'),
    base: input.base,
    quote: input.quote,
    rate_micro: micro,
    source: input.source.trim(),
    effective_from: new Date(at).toISOString(),
    created_by: ctx.actor?.userId ?? null,
    created_at: ctx.now.toISOString(),
  };
}

export async function addFxRates(ctx: Ctx & { db: Db }, inputs: RateInput[]): Promise<FxRatesTable[]> {
  const rows = inputs.map((input) => toRow(ctx, input));
  await ctx.db.transaction().execute(async (trx) => {
    await insertFxRates(trx, rows);
    await bumpPricingVersion(trx, ctx.now.toISOString());
    for (const r of rows) {
      await recordAudit({ ...ctx, db: trx }, { action: 'fx_rate.added', subjectType: 'fx_rate', subjectId: r.id, data: { pair: `${r.base}/${r.quote}`, rate: formatRate(r.rate_micro), source: r.source, effectiveFrom: r.effective_from } });
    }
  });
  return rows;
}

/** CSV columns base, quote, rate, source, effective_from. Every row is checked; any problem refuses the file. */
export async function importFxRates(ctx: Ctx & { db: Db }, bytes: Buffer): Promise<FxRatesTable[]> {
  const table = readCsv(bytes);
  if ('error' in table) throw new AppError('invalid', 'invalid_csv', table.error);
  const missing = ['base', 'quote', 'rate', 'source', 'effective_from'].filter((c) => !table.columns.includes(c));
  if (missing.length) throw new AppError('invalid', 'invalid_csv', `Missing column(s): ${missing.join(', ')}`);
  if (table.rows.length === 0 || table.rows.length > 10_000) throw new AppError('invalid', 'invalid_csv', 'The file needs 1 to 10,000 rates');
  const problems: Array<{ row: number; column: string; message: string }> = [];
  const inputs: RateInput[] = [];
  table.rows.forEach((row, i) => {
    const base = cell(table, row, 'base').toUpperCase();
    const quote = cell(table, row, 'quote').toUpperCase();
    if (base !== 'USD' && base !== 'CNY') problems.push({ row: i + 2, column: 'base', message: 'must be USD or CNY' });
    if (quote !== 'USD' && quote !== 'CNY') problems.push({ row: i + 2, column: 'quote', message: 'must be USD or CNY' });
    if (!cell(table, row, 'source')) problems.push({ row: i + 2, column: 'source', message: 'must name where the rate comes from' });
    const input = { base, quote, rate: cell(table, row, 'rate'), source: cell(table, row, 'source'), effectiveFrom: cell(table, row, 'effective_from') } as RateInput;
    try {
      toRow(ctx, input, (f) => f);
      inputs.push(input);
    } catch (err) {
      const field = (err as AppError).details?.['fields'] as Array<{ field: string; message: string }> | undefined;
      if (field?.[0]) problems.push({ row: i + 2, column: field[0].field === 'effectiveFrom' ? 'effective_from' : field[0].field, message: field[0].message });
    }
  });
  if (problems.length) throw new AppError('invalid', 'invalid_rates', `${problems.length} problem(s); row ${problems[0]!.row}, ${problems[0]!.column}: ${problems[0]!.message}`, { problems: problems.slice(0, 1000) });
  return addFxRates(ctx, inputs);
}

// 409, not 5xx: the request is fine, the platform is not set up to price it yet.
export const fxRateMissing = (pair: Pair) => new AppError('conflict', 'fx_rate_missing', `No ${pair.base}→${pair.quote} rate is in force; an operator must set one`);

export async function rateInForce(db: Db, pair: Pair, at: Date): Promise<FxRatesTable> {
  const row = await findRateInForce(db, pair, at.toISOString());
  if (!row) throw fxRateMissing(pair);
  return row;
}
