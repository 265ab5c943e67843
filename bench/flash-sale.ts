// flash-sale: BENCH_FLASH_BUYERS (10,000) shoppers, each with one unit of the same SKU in the cart,
// press 提交订单 at the same moment for BENCH_FLASH_UNITS (500) units. All checkouts are issued at
// once and go out over BENCH_FLASH_CONNECTIONS (500) keep-alive connections (a request waits in the
// client until one is free). Each round sets the SKU's stock to exactly the units on sale, fires,
// then checks that exactly that many were sold — every 201 counted, the orders' lines in the
// database summed, the stock read back through the seller's route — and fails the run if not.
// Recorded: time from the burst's start to the last unit sold and to the last answer, per-request
// latency (p50, p99 of every answer and of the winners'), and each buyer's wait since the start.
import type { Db } from '../src/db/database.js';
import type { Measurement } from './load.js';
import { round } from './load.js';
import { envCount } from './orders.js';
import { eachLimit, httpClient, latencies } from './orders-load.js';
import { adjustStock, availableOf, checkoutCall, createShoppers, fillCart, openBenchDb, rankStores, sessionHeaders } from './orders-setup.js';
import type { StatefulContext, StatefulRunner } from './scenarios.js';

export async function flashSaleRunner(ctx: StatefulContext): Promise<StatefulRunner> {
  const buyers = envCount('BENCH_FLASH_BUYERS', 10_000);
  const units = envCount('BENCH_FLASH_UNITS', 500);
  const connections = envCount('BENCH_FLASH_CONNECTIONS', 500);
  const handle = openBenchDb(ctx.databaseUrl);
  const client = httpClient(ctx.baseUrl, Math.max(connections, 50));
  // The second-ranked store's cheapest product: never one the place-order scenario buys.
  const store = (await rankStores(handle.db))[1]!;
  const item = store.items[0]!;
  const seller = await sessionHeaders(handle.db, client, store.ownerUserId);
  // Every cart holds one unit already (written with the shoppers); between sales the winners refill through the cart API.
  const shoppers = await createShoppers(handle.db, client, buyers, 'flash', ctx.secretsDir, item);
  console.log(`flash-sale: ${item.sku} of store ${store.sellerId}, one in each of ${buyers.toLocaleString('en-US')} carts; ${units} units over ${connections} connections`);

  let sales = 0;
  const measure = async (): Promise<Measurement> => {
    sales++;
    const before = await availableOf(client, seller, item.productId, item.variantId);
    if (before.available !== units) await adjustStock(client, seller, item.variantId, units - before.available);
    const orderedBefore = await unitsOrdered(handle.db, item.variantId);

    const t0 = performance.now();
    const answers = await eachLimit(shoppers, connections, async (s) => {
      try {
        return await client.send(checkoutCall(s));
      } catch (err) {
        return { status: 0, body: String(err), setCookies: [], ms: 0, at: performance.now() };
      }
    });
    const won = answers.filter((a) => a.status === 201);
    const soldOut = answers.filter((a) => a.status === 409 && a.body.includes('"sold_out"'));
    const other = answers.filter((a) => a.status !== 201 && !(a.status === 409 && a.body.includes('"sold_out"')));
    const sellOutMs = won.length ? Math.max(...won.map((a) => a.at)) - t0 : 0;
    const answeredMs = Math.max(...answers.map((a) => a.at)) - t0;

    // Exactly `units` sold, three ways: the answers, the orders' lines, the stock.
    const after = await availableOf(client, seller, item.productId, item.variantId);
    const ordered = (await unitsOrdered(handle.db, item.variantId)) - orderedBefore;
    const problems = [
      won.length !== units && `${won.length} checkouts answered 201`,
      ordered !== units && `order lines hold ${ordered} units`,
      after.available !== 0 && `${after.available} units still available`,
      after.reserved - before.reserved !== units && `reserved went up by ${after.reserved - before.reserved}`,
      other.length > 0 && `${other.length} answers neither 201 nor 409 sold_out (first: ${other[0]!.status} ${other[0]!.body.slice(0, 200)})`,
    ].filter(Boolean);
    if (problems.length) throw new Error(`flash sale ${sales}: expected exactly ${units} of ${item.sku} sold, but ${problems.join('; ')}`);

    const all = latencies(answers.map((a) => a.ms));
    const winners = latencies(won.map((a) => a.ms));
    const waits = latencies(answers.map((a) => a.at - t0));
    console.log(`  flash sale ${sales}: ${won.length} sold, ${soldOut.length} sold out; sold out after ${(sellOutMs / 1000).toFixed(2)} s, everyone answered after ${(answeredMs / 1000).toFixed(2)} s`);
    // The winners' carts are empty now: give them the item again for the next sale.
    await eachLimit(shoppers.filter((_, i) => answers[i]!.status === 201), 50, (s) => fillCart(client, s, [{ variantId: item.variantId, quantity: 1 }]));
    return {
      reqPerSec: round(answers.length / (answeredMs / 1000), 0),
      p50Ms: all.p50Ms,
      p99Ms: all.p99Ms,
      meanMs: all.meanMs,
      requests: answers.length,
      non2xx: other.length,
      errors: answers.filter((a) => a.status === 0).length,
      timeouts: 0,
      extra: {
        sold: won.length,
        soldOut: soldOut.length,
        sellOutMs: round(sellOutMs, 1),
        allAnsweredMs: round(answeredMs, 1),
        winnersP50Ms: winners.p50Ms,
        winnersP99Ms: winners.p99Ms,
        waitSinceStartP50Ms: waits.p50Ms,
        waitSinceStartP99Ms: waits.p99Ms,
        maxMs: all.maxMs,
      },
    };
  };
  return {
    measure,
    close: async () => {
      client.close();
      await handle.db.destroy();
    },
  };
}

/** Units of the variant in all orders ever placed (cancelled ones keep their lines too). */
async function unitsOrdered(db: Db, variantId: string): Promise<number> {
  const row = await db.selectFrom('order_lines').select((eb) => eb.fn.coalesce(eb.fn.sum<number>('quantity'), eb.lit(0)).as('n')).where('variant_id', '=', variantId).executeTakeFirstOrThrow();
  return Number(row.n);
}
