import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../test/app.js';
import { publish } from '../events.js';
import { createDispatcher } from './outbox.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

describe('outbox', () => {
  it('delivers an event only once its transaction commits, and marks it published', async () => {
    const seen: unknown[] = [];
    const dispatcher = createDispatcher({ db: app.db, subscribers: { 'account.signed_up': [async (p) => void seen.push(p)] }, log: pino({ level: 'silent' }) });
    await app.db
      .transaction()
      .execute(async (trx) => {
        await publish(trx, 'account.signed_up', { userId: 'usr_rolled_back', role: 'shopper' }, new Date());
        throw new Error('roll back');
      })
      .catch(() => {});
    await publish(app.db, 'account.signed_up', { userId: 'usr_committed', role: 'shopper' }, new Date());
    await dispatcher.drain();
    expect(seen).toContainEqual({ userId: 'usr_committed', role: 'shopper' });
    expect(seen).not.toContainEqual(expect.objectContaining({ userId: 'usr_rolled_back' }));
    await dispatcher.drain();
    expect(seen.filter((p) => (p as { userId: string }).userId === 'usr_committed')).toHaveLength(1);
  });

  it('retries a failing subscriber and records the error', async () => {
    let calls = 0;
    const dispatcher = createDispatcher({
      db: app.db,
      subscribers: {
        'seller.created': [
          async () => {
            calls++;
            if (calls === 1) throw new Error('mailer down');
          },
        ],
      },
      log: pino({ level: 'silent' }),
    });
    const id = await publish(app.db, 'seller.created', { sellerId: 'sel_x', ownerUserId: 'usr_y' }, new Date());
    await dispatcher.drain();
    const failed = await app.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(failed.published_at).toBeNull();
    expect(failed.last_error).toContain('mailer down');
    await dispatcher.drain();
    const ok = await app.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(ok.published_at).not.toBeNull();
    expect(calls).toBe(2);
  });

  it('drains a backlog of more than one batch in one tick, and stops the tick at a failure', async () => {
    const seen: unknown[] = [];
    const dispatcher = createDispatcher({ db: app.db, subscribers: { 'stock.changed': [async (p) => void seen.push(p)] }, log: app.log });
    while ((await dispatcher.drain()) > 0);
    for (let i = 0; i < 250; i++) await publish(app.db, 'stock.changed', { productIds: [`prd_backlog_${i}`] }, new Date());
    await dispatcher.drainBacklog();
    expect(seen).toHaveLength(250);

    let calls = 0;
    const failing = createDispatcher({ db: app.db, subscribers: { 'product.changed': [async () => void (calls++ === 0 ? (() => { throw new Error('down'); })() : undefined)] }, log: app.log });
    for (let i = 0; i < 150; i++) await publish(app.db, 'product.changed', { productIds: [`prd_fail_${i}`] }, new Date());
    await failing.drainBacklog();
    // The first pass met a failure: the tick ends there (100 tried), the rest waits for the next tick.
    expect(calls).toBe(100);
    await dispatcher.stop();
    await failing.stop();
  });
});
