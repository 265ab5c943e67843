import type { DbOrTrx } from '../../db/database.js';
import type { FxRatesTable } from '../../db/schema.js';

export type Pair = { base: 'USD' | 'CNY'; quote: 'USD' | 'CNY' };

export async function insertFxRates(db: DbOrTrx, rows: FxRatesTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('fx_rates').values(rows.slice(i, i + 500)).execute();
}

/** The rate in force at `atIso`: the latest effective at or before it (the latest entered wins a tie). */
export const findRateInForce = (db: DbOrTrx, pair: Pair, atIso: string) =>
  db
    .selectFrom('fx_rates')
    .selectAll()
    .where('base', '=', pair.base)
    .where('quote', '=', pair.quote)
    .where('effective_from', '<=', atIso)
    .orderBy('effective_from', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

export const findFxRate = (db: DbOrTrx, id: string) => db.selectFrom('fx_rates').selectAll().where('id', '=', id).executeTakeFirst();

export async function listFxRates(db: DbOrTrx, pair: Pair | undefined, limit: number, cursor?: string) {
  let q = db.selectFrom('fx_rates').selectAll();
  if (pair) q = q.where('base', '=', pair.base).where('quote', '=', pair.quote);
  if (cursor) q = q.where('id', '<', cursor);
  return q.orderBy('id', 'desc').limit(limit).execute();
}
