// The experts' side through the real routes: operators manage experts and slots (audited), slots are
// cut from local time ranges inside the event's days and never overlap, an expert linked to an account
// manages their own slots and answers requests, and nobody else may.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import { FIXTURE_TIME_ZONE, insertFixtureEvent, insertFixtureExpert, insertFixtureRegistrations, type FixtureEvent } from './fixtures.js';

let app: TestApp;
let op: TestClient;
let anon: TestClient;
beforeAll(async () => {
  app = await makeTestApp();
  op = (await signedInAs(app, 'operator')).client;
  anon = new TestClient(app);
  await anon.refreshCsrf();
});
afterAll(async () => app.cleanup());

const opsUrl = (event: FixtureEvent) => `/api/v1/ops/conference/events/${event.id}/experts`;
const expertBody = { name: 'Grace Chen', company: 'Gateway Marketplace', expertise: 'category', bio: 'Food & agriculture' };
const audits = (subjectId: string) => app.db.selectFrom('audit_log').select('action').where('subject_id', '=', subjectId).orderBy('id').execute();
const fieldsOf = (res: { statusCode: number; json: () => { error: { details?: { fields?: Array<{ field: string }> } } } }) => {
  expect(res.statusCode).toBe(400);
  return res.json().error.details!.fields!.map((f) => f.field);
};
const localTimes = (items: Array<{ startsAt: string }>) =>
  items.map((s) => new Intl.DateTimeFormat('en-US', { timeZone: FIXTURE_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(s.startsAt)));

async function newExpert(event: FixtureEvent, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await op.post(opsUrl(event), { ...expertBody, ...extra });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

describe('operators and experts', () => {
  it('creates, lists, edits and removes experts, audited; bad input names the field', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const id = await newExpert(event);
    expect((await op.get(opsUrl(event))).json().items).toEqual([expect.objectContaining({ id, name: 'Grace Chen', openSlots: 0, bookedSlots: 0, userId: null })]);
    const edited = await op.request('PATCH', `${opsUrl(event)}/${id}`, { company: 'Gateway Global', expertise: 'logistics' });
    expect(edited.json()).toMatchObject({ company: 'Gateway Global', expertise: 'logistics', name: 'Grace Chen' });
    expect(fieldsOf(await op.post(opsUrl(event), { ...expertBody, expertise: 'astrology' }))).toContain('expertise');
    expect(fieldsOf(await op.post(opsUrl(event), { company: 'x', expertise: 'legal', bio: '' }))).toContain('name');
    expect(fieldsOf(await op.post(opsUrl(event), { ...expertBody, userId: 'usr_00000000000000000000000000' }))).toContain('userId');
    expect(fieldsOf(await op.request('PATCH', `${opsUrl(event)}/${id}`, { owner: 'me' }))).toContain('owner');
    expect((await op.request('PATCH', `${opsUrl(await insertFixtureEvent(app.db, { startsInDays: 30 }))}/${id}`, { bio: 'x' })).statusCode).toBe(404);
    expect((await op.request('DELETE', `${opsUrl(event)}/${id}`)).statusCode).toBe(204);
    expect((await op.get(opsUrl(event))).json().items).toEqual([]);
    expect((await audits(id)).map((a) => a.action)).toEqual(['conference.expert_created', 'conference.expert_updated', 'conference.expert_deleted']);
  });

  it('cuts local ranges into 20-minute slots (with a break), takes start lists, and keeps slots inside the event days', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const id = await newExpert(event);
    const url = `${opsUrl(event)}/${id}/slots`;
    const cut = await op.post(url, { location: 'Expert lounge, table 4', ranges: [{ day: event.day1, from: '10:00', to: '12:00' }, { day: event.day2, from: '14:00', to: '15:00' }], breakMinutes: 10 });
    expect(cut.statusCode).toBe(201);
    expect(localTimes(cut.json().items)).toEqual(['10:00', '10:30', '11:00', '11:30', '14:00', '14:30']);
    expect(cut.json().items[0]).toMatchObject({ location: 'Expert lounge, table 4', status: 'open', attendee: null });
    const listed = await op.post(url, { location: 'Table 4', startsAt: [event.at(event.day1, '16:00'), event.at(event.day1, '16:20')] });
    expect(listed.statusCode).toBe(201);
    expect(listed.json().items.map((s: { endsAt: string }) => s.endsAt)).toEqual([event.at(event.day1, '16:20'), event.at(event.day1, '16:40')]);
    const before = (await op.get(url)).json().items.length;
    expect(before).toBe(8);

    expect(fieldsOf(await op.post(url, { location: 'T', startsAt: [event.at(event.day1, '09:00')], ranges: [{ day: event.day1, from: '09:00', to: '10:00' }] }))).toEqual(['startsAt']);
    const dayAfter = new Date(Date.parse(`${event.day2}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(fieldsOf(await op.post(url, { location: 'T', startsAt: [event.at(dayAfter, '10:00')] }))).toEqual(['startsAt.0']);
    expect(fieldsOf(await op.post(url, { location: 'T', startsAt: [event.at(event.day1, '23:50')] }))).toEqual(['startsAt.0']);
    expect(fieldsOf(await op.post(url, { location: 'T', startsAt: [event.at(event.day1, '09:00').replace(':00.000Z', ':30.000Z')] }))).toEqual(['startsAt.0']);
    expect(fieldsOf(await op.post(url, { location: 'T', startsAt: ['not a time'] }))).toEqual(['startsAt.0']);
    expect(fieldsOf(await op.post(url, { location: 'T', ranges: [{ day: dayAfter, from: '10:00', to: '11:00' }] }))).toEqual(['ranges.0.day']);
    expect(fieldsOf(await op.post(url, { location: 'T', ranges: [{ day: event.day1, from: '08:00', to: '08:10' }] }))).toEqual(['ranges.0.to']);
    expect(fieldsOf(await op.post(url, { location: 'T', ranges: [{ day: event.day1, from: '25:00', to: '26:00' }] }))).toContain('ranges.0.from');
    expect(fieldsOf(await op.post(url, { location: '', startsAt: [event.at(event.day1, '08:00')] }))).toContain('location');
    expect(fieldsOf(await op.post(url, { location: 'T', startsAt: [event.at(event.day1, '08:00'), event.at(event.day1, '08:10')] }))).toEqual(['startsAt']);
    const overlap = await op.post(url, { location: 'T', startsAt: [event.at(event.day1, '08:00'), event.at(event.day1, '10:10')] });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.code).toBe('slot_overlap');
    expect((await op.get(url)).json().items).toHaveLength(before);
    expect((await audits(id)).filter((a) => a.action === 'conference.slots_published')).toHaveLength(2);
  });

  it('publishes one of two racing overlapping publications for the same expert', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const id = await newExpert(event);
    const url = `${opsUrl(event)}/${id}/slots`;
    const answers = await Promise.all([
      op.post(url, { location: 'A', startsAt: [event.at(event.day1, '10:00')] }),
      op.post(url, { location: 'B', startsAt: [event.at(event.day1, '10:10')] }),
      op.post(url, { location: 'C', startsAt: [event.at(event.day1, '10:00')] }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    expect((await op.get(url)).json().items).toHaveLength(1);
  });

  it('moves a booked slot to another table (audited, attendee told), withdraws only open slots, keeps experts with meetings', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const reg = (await insertFixtureRegistrations(app.db, event, 1))[0]!;
    const expert = await insertFixtureExpert(app.db, event, [event.at(event.day1, '10:00'), event.at(event.day1, '10:20')]);
    const [booked, open] = expert.slotIds as [string, string];
    expect((await anon.post(`/api/v1/conference/registrations/${reg.id}/meetings`, { slotId: booked, topic: 'Bonded stock' }, { headers: { 'x-registration-key': reg.manageKey } })).statusCode).toBe(201);
    const slotUrl = `${opsUrl(event)}/${expert.id}/slots`;
    const moved = await op.request('PATCH', `${slotUrl}/${booked}`, { location: 'Expert lounge, table 9' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ location: 'Expert lounge, table 9', status: 'booked', attendee: { registrationId: reg.id, email: reg.email, company: reg.company } });
    expect((await audits(booked)).map((a) => a.action)).toEqual(['conference.slot_location_changed']);
    const told = await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.meeting_changed').execute();
    expect(told.map((t) => JSON.parse(t.payload))).toContainEqual({ slotId: booked, registrationId: reg.id, change: 'booked' });
    expect(told.filter((t) => JSON.parse(t.payload).slotId === booked)).toHaveLength(2);
    expect(fieldsOf(await op.request('PATCH', `${slotUrl}/${booked}`, { location: '   ' }))).toContain('location');

    expect((await op.request('DELETE', `${slotUrl}/${booked}`)).json().error.code).toBe('slot_booked');
    expect((await op.request('DELETE', `${opsUrl(event)}/${expert.id}`)).json().error.code).toBe('expert_has_meetings');
    expect((await op.request('DELETE', `${slotUrl}/${open}`)).statusCode).toBe(204);
    expect((await op.get(slotUrl)).json().items.map((s: { id: string }) => s.id)).toEqual([booked]);
    const elsewhere = await insertFixtureExpert(app.db, event, []);
    expect((await op.request('DELETE', `${opsUrl(event)}/${elsewhere.id}/slots/${booked}`)).statusCode).toBe(404);
  });
});

describe('an expert with an account', () => {
  it('manages their own slots and answers requests; other users get 404, shoppers 403 on ops routes', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const { client: me, user } = await signedInAs(app, 'shopper');
    const { client: stranger } = await signedInAs(app, 'seller');
    const id = await newExpert(event, { userId: user.id });
    const mine = `/api/v1/conference/me/experts/${id}/slots`;
    const published = await me.post(mine, { location: 'Expert lounge, table 2', ranges: [{ day: event.day1, from: '10:00', to: '11:00' }] });
    expect(published.statusCode).toBe(201);
    const [first, second] = published.json().items as Array<{ id: string }>;
    expect((await stranger.post(mine, { location: 'x', startsAt: [event.at(event.day2, '10:00')] })).statusCode).toBe(404);
    expect((await stranger.get(mine)).statusCode).toBe(404);
    expect((await me.get(opsUrl(event))).statusCode).toBe(403);
    expect((await anon.get(mine)).statusCode).toBe(401);

    const reg = (await insertFixtureRegistrations(app.db, event, 1))[0]!;
    const request = (slotId: string) => anon.post(`/api/v1/conference/registrations/${reg.id}/meetings`, { slotId, topic: 'Trademarks', mode: 'request' }, { headers: { 'x-registration-key': reg.manageKey } });
    expect((await request(first!.id)).json().status).toBe('requested');
    const profile = (await me.get('/api/v1/conference/me/experts')).json().items[0];
    expect(profile.expert.id).toBe(id);
    const held = profile.slots.find((s: { id: string }) => s.id === first!.id);
    expect(held).toMatchObject({ status: 'requested', topic: 'Trademarks', attendee: { registrationId: reg.id, company: reg.company } });
    expect(held.attendee.email).toBeUndefined();

    expect((await stranger.post(`${mine}/${first!.id}/decision`, { decision: 'decline' })).statusCode).toBe(404);
    const declined = await me.post(`${mine}/${first!.id}/decision`, { decision: 'decline' });
    expect(declined.json()).toMatchObject({ status: 'open', attendee: null });
    expect((await me.post(`${mine}/${first!.id}/decision`, { decision: 'accept' })).json().error.code).toBe('not_requested');
    expect(fieldsOf(await me.post(`${mine}/${first!.id}/decision`, { decision: 'maybe' }))).toContain('decision');

    expect((await request(second!.id)).statusCode).toBe(201);
    const accepted = await op.post(`${opsUrl(event)}/${id}/slots/${second!.id}/decision`, { decision: 'accept' });
    expect(accepted.json()).toMatchObject({ status: 'booked', attendee: { registrationId: reg.id, email: reg.email } });
    const changes = (await app.db.selectFrom('outbox').select('payload').where('topic', '=', 'conference.meeting_changed').execute()).map((r) => JSON.parse(r.payload));
    expect(changes.filter((c) => c.registrationId === reg.id).map((c) => c.change)).toEqual(['requested', 'declined', 'requested', 'booked']);
    expect((await audits(second!.id)).map((a) => a.action)).toEqual(['conference.meeting_accepted']);
    expect((await me.request('DELETE', `${mine}/${second!.id}`)).statusCode).toBe(409);
  });
});

describe('no input produces a 5xx', () => {
  it('survives fuzzed bodies on publishing slots, editing experts, moving slots and booking', async () => {
    const event = await insertFixtureEvent(app.db, { startsInDays: 30 });
    const id = await newExpert(event);
    const reg = (await insertFixtureRegistrations(app.db, event, 1))[0]!;
    const { slotIds } = await insertFixtureExpert(app.db, event, [event.at(event.day2, '10:00')]);
    const times = [event.at(event.day1, '10:00'), event.at(event.day2, '23:59'), '2027-02-29T10:00:00Z', '2027-06-22T23:59:60Z', '2027-06-22T10:00:00+14:00', '1970-01-01T00:00:00Z'];
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom(...times, event.day1, event.day2, '2027-02-30', '10:00', '24:00', '', ' ', 'x'.repeat(3000), '__proto__', slotIds[0]!, 'legal', 'request', 'accept'),
        fc.string({ maxLength: 40 }),
        fc.integer({ min: -1000, max: 100_000 }),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(fc.constantFrom('day', 'from', 'to', 'location', 'x'), tie('v'), { maxKeys: 4 }),
      ),
    })).v;
    const loose = fc.dictionary(fc.constantFrom('location', 'startsAt', 'ranges', 'breakMinutes', 'name', 'company', 'expertise', 'bio', 'userId', 'slotId', 'topic', 'mode', 'decision', '__proto__'), value, { maxKeys: 6 });
    // Bodies that pass the schema often, so the operations' own checks are reached too.
    const clock = fc.constantFrom('00:00', '08:00', '09:59', '10:00', '11:40', '12:00', '23:40', '23:59');
    const day = fc.constantFrom(event.day1, event.day2, '2027-06-22', '2030-01-01');
    const location = fc.constantFrom('Table 1', ' x ');
    const slots = fc.oneof(
      fc.record({ location, startsAt: fc.array(fc.constantFrom(...times, event.at(event.day1, '10:10'), event.at(event.day2, '09:40')), { minLength: 1, maxLength: 2 }) }),
      fc.record({ location, ranges: fc.array(fc.record({ day, from: clock, to: clock }), { minLength: 1, maxLength: 2 }), breakMinutes: fc.integer({ min: 0, max: 120 }) }, { requiredKeys: ['location', 'ranges'] }),
    );
    const booking = fc.record({ slotId: fc.constantFrom(slotIds[0]!, 'cms_00000000000000000000000000'), topic: fc.string({ minLength: 1, maxLength: 20 }), mode: fc.constantFrom('book', 'request') }, { requiredKeys: ['slotId', 'topic'] });
    const body = fc.oneof(loose, slots, booking);
    const targets: Array<[TestClient, 'POST' | 'PATCH', string, Record<string, string>]> = [
      [op, 'POST', `${opsUrl(event)}/${id}/slots`, {}],
      [op, 'PATCH', `${opsUrl(event)}/${id}`, {}],
      [op, 'POST', opsUrl(event), {}],
      [op, 'PATCH', `${opsUrl(event)}/${id}/slots/${slotIds[0]}`, {}],
      [op, 'POST', `${opsUrl(event)}/${id}/slots/${slotIds[0]}/decision`, {}],
      [anon, 'POST', `/api/v1/conference/registrations/${reg.id}/meetings`, { 'x-registration-key': reg.manageKey }],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), body, async ([client, method, url, headers], payload) => {
        const res = await client.request(method, url, JSON.stringify(payload), { headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': client.csrfToken! } });
        expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload)} → ${res.body}`).toBeLessThan(500);
      }),
      { numRuns: 300, seed: 20261126 },
    );
  }, 120_000);
});
