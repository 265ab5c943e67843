// place-order: checkout throughput through HTTP, `connections` shoppers checking out at once, each
// order 1–3 lines of one store's published, stocked products: the demo stores with 3+ products that
// ship by 9610 (all but the flash sale's), up to 6 products each, shoppers turning over the stores.
// Checkout empties the cart, so the
// measurement alternates two phases over the whole pool of shoppers: refill every cart through the
// cart API (not measured), then check every cart out (measured: each checkout's latency, and orders
// per second of checkout phase). A round repeats both until it has `seconds` of checkout phase.
// Env: BENCH_ORDER_BUYERS (2000) shoppers; each stays far below the ¥26,000 annual limit.
// BENCH_ORDER_STORES (all, 5 in the demo): fewer stores, fewer products, more checkouts per stock row.
// BENCH_ORDER_LINES: mixed (default) puts a cart's products in turning order, as shoppers add them;
// sorted adds them in one global order (by variant id), so every checkout reserves stock rows in the
// same order — on PostgreSQL, mixed orders make concurrent checkouts deadlock (see README).
import type { Measurement } from './load.js';
import { round } from './load.js';
import { eachLimit, httpClient, latencies } from './orders-load.js';
import { adjustStock, checkoutCall, createShoppers, fillCart, openBenchDb, rankStores, sessionHeaders, type Item } from './orders-setup.js';
import type { StatefulContext, StatefulRunner } from './scenarios.js';

const STOCK_PER_ITEM = 1_000_000;
const ITEMS = 6;

/** Shopper i's lines in batch b: 1–3 different products of one store, turning over so every mix occurs. */
export function linesFor(stores: ReadonlyArray<readonly Item[]>, i: number, b: number, sorted = false): Array<{ variantId: string; quantity: number }> {
  const items = stores[(i + b) % stores.length]!;
  const n = 1 + (Math.floor((i + b) / stores.length) % 3);
  const lines = Array.from({ length: n }, (_, j) => ({ variantId: items[(i + j + b) % items.length]!.variantId, quantity: 1 }));
  return sorted ? lines.sort((x, y) => x.variantId.localeCompare(y.variantId)) : lines;
}

/** Told when each phase starts and ends (orders-sql.ts counts the server's work in checkout phases only). */
export type PhaseHook = (phase: 'refill' | 'checkout', edge: 'start' | 'end') => void;

export async function placeOrderRunner(ctx: StatefulContext, onPhase: PhaseHook = () => {}): Promise<StatefulRunner> {
  const buyers = envCount('BENCH_ORDER_BUYERS', 2000);
  const lineOrder = process.env['BENCH_ORDER_LINES'] || 'mixed';
  if (lineOrder !== 'mixed' && lineOrder !== 'sorted') throw new Error(`BENCH_ORDER_LINES must be mixed or sorted (got "${lineOrder}")`);
  const sorted = lineOrder === 'sorted';
  const handle = openBenchDb(ctx.databaseUrl);
  const client = httpClient(ctx.baseUrl, Math.max(ctx.connections, 50));
  // The flash sale's store (ranked second) is left out: its SKU's stock is counted to the unit.
  const chosen = (await rankStores(handle.db)).filter((s, rank) => rank !== 1 && s.items.length >= 3);
  const stores = chosen.slice(0, envCount('BENCH_ORDER_STORES', chosen.length));
  for (const store of stores) {
    const seller = await sessionHeaders(handle.db, client, store.ownerUserId);
    for (const item of store.items.slice(0, ITEMS)) await adjustStock(client, seller, item.variantId, STOCK_PER_ITEM);
  }
  const catalog = stores.map((s) => s.items.slice(0, ITEMS));
  const shoppers = await createShoppers(handle.db, client, buyers, 'orders', ctx.secretsDir);
  await handle.db.destroy();
  console.log(`place-order: ${stores.length} stores, ${catalog.flat().length} products (${catalog.flat().map((i) => i.sku).join(', ')}), ${buyers} shoppers, ${ctx.connections} at a time, lines ${lineOrder}`);

  let batch = 0;
  const measure = async (seconds: number): Promise<Measurement> => {
    const times: number[] = [];
    const failures = new Map<string, number>();
    let orders = 0;
    let lines = 0;
    let checkoutMs = 0;
    let refillMs = 0;
    let errors = 0;
    while (checkoutMs < seconds * 1000) {
      const b = batch++;
      const r0 = performance.now();
      onPhase('refill', 'start');
      await eachLimit(shoppers, ctx.connections, (s, i) => fillCart(client, s, linesFor(catalog, i, b, sorted)));
      onPhase('refill', 'end');
      onPhase('checkout', 'start');
      const t0 = performance.now();
      refillMs += t0 - r0;
      let failedNow = 0;
      await eachLimit(shoppers, ctx.connections, async (s, i) => {
        try {
          const answer = await client.send(checkoutCall(s));
          times.push(answer.ms);
          if (answer.status === 201) {
            orders += (JSON.parse(answer.body) as { orders: unknown[] }).orders.length;
            lines += linesFor(catalog, i, b).length;
          } else {
            failedNow++;
            const key = `${answer.status} ${answer.body.replace(/req_[0-9a-z]{26}/g, 'req_…').slice(0, 200)}`;
            failures.set(key, (failures.get(key) ?? 0) + 1);
          }
        } catch (err) {
          errors++;
          failedNow++;
          failures.set(String(err), (failures.get(String(err)) ?? 0) + 1);
        }
      });
      checkoutMs += performance.now() - t0;
      onPhase('checkout', 'end');
      // A shopper whose checkout failed still has a full cart: empty it, or the next refill adds to it.
      if (failedNow) await emptyCarts(client, shoppers);
    }
    for (const [what, n] of failures) console.error(`  !! place-order: ${n} × ${what}`);
    const lat = latencies(times);
    const non2xx = [...failures.values()].reduce((a, n) => a + n, 0) - errors;
    return {
      reqPerSec: round(orders / (checkoutMs / 1000), 0),
      p50Ms: lat.p50Ms,
      p99Ms: lat.p99Ms,
      meanMs: lat.meanMs,
      requests: times.length,
      non2xx,
      errors,
      timeouts: 0,
      extra: {
        orders,
        linesPerOrder: round(lines / Math.max(1, orders), 2),
        failed: non2xx + errors,
        checkoutSeconds: round(checkoutMs / 1000, 2),
        refillSeconds: round(refillMs / 1000, 2),
        ordersPerSecWithRefills: round(orders / ((checkoutMs + refillMs) / 1000), 0),
        maxMs: lat.maxMs,
      },
    };
  };
  return { measure, close: async () => client.close() };
}

/** Clears every cart line of the shoppers' carts (after a failed checkout left one full). */
async function emptyCarts(client: ReturnType<typeof httpClient>, shoppers: Awaited<ReturnType<typeof createShoppers>>): Promise<void> {
  await eachLimit(shoppers, 50, async (s) => {
    const cart = JSON.parse((await client.send({ method: 'GET', path: '/api/v1/cart', headers: s.headers })).body) as { groups?: Array<{ lines: Array<{ id: string }> }> };
    const { 'content-type': _json, ...headers } = s.headers;
    for (const line of (cart.groups ?? []).flatMap((g) => g.lines)) await client.send({ method: 'DELETE', path: `/api/v1/cart/lines/${line.id}`, headers });
  });
}

export function envCount(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return n;
}
