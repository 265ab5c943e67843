// Registrations arriving together share a transaction, yet each is answered as if alone: duplicates
// (within the batch or already registered) and unknown ticket types are refused without a trace, seats
// go in arrival order per ticket type, and when the database refuses a batch each registration is
// retried on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import type { Db } from '../../db/database.js';
import { createEvent, REGISTRANT, type TicketTypeForm } from './fixtures.js';
import { registerInTurn } from './registration-batch.js';
import type { RegistrationInput } from './registrations.js';

let app: TestApp;
let op: TestClient;
let anonymous: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  op = (await signedInAs(app, 'operator')).client;
  anonymous = new TestClient(app);
  await anonymous.refreshCsrf();
});
afterAll(async () => app.cleanup());

const makeEvent = async (slug: string, capacity: number, ticketTypes: TicketTypeForm[]) => (await createEvent(op, { slug, capacity, ticketTypes })).id;
const input = (email: string, ticketType = 'general'): RegistrationInput => ({ ...REGISTRANT, email, ticketType });

describe('registrations in one batch', () => {
  it('answers each registration of a concurrent burst on its own', async () => {
    const eventId = await makeEvent('burst', 6, [{ code: 'general', quota: 6 }, { code: 'workshop', quota: 2 }]);
    expect((await anonymous.post('/api/v1/conference/events/burst/registrations', input('early@burst.example'))).statusCode).toBe(201);
    const burst = [
      input('a@burst.example'), input('w1@burst.example', 'workshop'), input('A@Burst.example '), input('early@burst.example'), input('vip@burst.example', 'vip'),
      input('w2@burst.example', 'workshop'), input('w3@burst.example', 'workshop'), input('b@burst.example'), input('c@burst.example'), input('d@burst.example'), input('e@burst.example'),
    ];
    const answers = await Promise.all(burst.map((body) => anonymous.post('/api/v1/conference/events/burst/registrations', body)));
    const summary = answers.map((a) => (a.statusCode === 201 ? `${a.json().registration.status}${a.json().registration.waitlistPosition ?? ''}` : `${a.statusCode} ${a.json().error.code}`));
    expect(summary).toEqual([
      'confirmed', 'confirmed', '409 already_registered', '409 already_registered', '400 invalid_request',
      'confirmed', 'waitlisted1', 'confirmed', 'confirmed', 'waitlisted2', 'waitlisted3',
    ]);
    expect(answers[4]!.json().error.details.fields[0].field).toBe('ticketType');
    const keys = answers.filter((a) => a.statusCode === 201).map((a) => a.json().manageKey as string);
    expect(new Set(keys).size).toBe(keys.length);

    const rows = await app.db.selectFrom('conf_registrations').select(['email_key', 'status']).where('event_id', '=', eventId).execute();
    expect(rows.map((r) => r.email_key).sort()).toEqual(['a@burst.example', 'b@burst.example', 'c@burst.example', 'd@burst.example', 'e@burst.example', 'early@burst.example', 'w1@burst.example', 'w2@burst.example', 'w3@burst.example']);
    const event = await app.db.selectFrom('conf_events').select(['held', 'waitlist_next']).where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(event).toEqual({ held: 6, waitlist_next: 4 });
    const types = await app.db.selectFrom('conf_ticket_types').select(['code', 'held']).where('event_id', '=', eventId).orderBy('code').execute();
    expect(types).toEqual([{ code: 'general', held: 4 }, { code: 'workshop', held: 2 }]);
    const outbox = await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.registration_changed').execute();
    expect(outbox).toHaveLength(9);
  });

  it('retries each registration alone when the database refuses the batch', async () => {
    const eventId = await makeEvent('retry', 2, [{ code: 'general', quota: 2 }]);
    // The database refuses the first transaction (as a unique violation from another server would).
    let refuse = true;
    const db = new Proxy(app.db, {
      get(target, prop) {
        if (prop === 'transaction' && refuse) {
          refuse = false;
          return () => ({ execute: async () => Promise.reject(Object.assign(new Error('duplicate key value'), { code: '23505' })) });
        }
        const value: unknown = Reflect.get(target, prop);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as Db;
    const ctx = { db, actor: null, now: new Date(), requestId: null };
    const results = await Promise.allSettled(['r1', 'r2', 'r1', 'r3'].map((name) => registerInTurn(ctx, 'retry', input(`${name}@retry.example`))));
    expect(refuse).toBe(false);
    expect(results.map((r) => (r.status === 'fulfilled' ? `${r.value.registration.status}${r.value.registration.waitlist_position ?? ''}` : (r.reason as { code: string }).code))).toEqual([
      'confirmed', 'confirmed', 'already_registered', 'waitlisted1',
    ]);
    const event = await app.db.selectFrom('conf_events').select(['held', 'waitlist_next']).where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(event).toEqual({ held: 2, waitlist_next: 2 });
  });
});
