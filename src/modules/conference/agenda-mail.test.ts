// The agenda's e-mails: the outbox events written by sign-ups and operators' edits, delivered to the
// subscribers in agenda-mail.ts with a mailer that records what it sends. Seat confirmed, waitlisted
// (with the place in line), promoted, given up; a session moved or cancelled reaches everyone holding
// or waiting for a seat, and nobody who gave theirs up; a notice that no longer holds is not sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { signedInAs } from '../../../test/factories.js';
import type { Mail } from '../../platform/mailer.js';
import { agendaMail } from './agenda-mail.js';
import { insertFixtureEvent, insertFixtureRegistrations, type FixtureRegistration } from './fixtures.js';

let app: TestApp;
let ops: TestClient;
let anon: TestClient;
const sent: Mail[] = [];
const seen = new Set<string>();
let subscribers: ReturnType<typeof agendaMail>;

beforeAll(async () => {
  app = await makeTestApp();
  ops = (await signedInAs(app, 'operator')).client;
  anon = new TestClient(app);
  await anon.refreshCsrf();
  subscribers = agendaMail(app.db, { send: async (mail) => (sent.push(mail), { id: String(sent.length) }) }, 'https://gateway.test');
});
afterAll(async () => app.cleanup());

/** Hands the agenda events written since the last call to the subscribers; returns the mail sent meanwhile. */
async function deliver(): Promise<Mail[]> {
  const before = sent.length;
  const rows = await app.db.selectFrom('outbox').selectAll().where('topic', 'in', ['conference.session_changed', 'conference.signup_changed']).orderBy('id').execute();
  for (const row of rows.filter((r) => !seen.has(r.id))) {
    seen.add(row.id);
    const payload = JSON.parse(row.payload);
    if (row.topic === 'conference.session_changed') await subscribers.sessionChanged(payload);
    else await subscribers.signupChanged(payload);
  }
  return sent.slice(before);
}

const signUp = (r: FixtureRegistration, sessionId: string) => anon.post(`/api/v1/conference/registrations/${r.id}/sessions/${sessionId}`, undefined, { headers: { 'x-registration-key': r.manageKey } });
const giveUp = (r: FixtureRegistration, sessionId: string) => anon.request('DELETE', `/api/v1/conference/registrations/${r.id}/sessions/${sessionId}`, undefined, { headers: { 'x-registration-key': r.manageKey } });
const summary = (mails: Mail[]) => mails.map((m) => `${m.to} | ${m.subject}`).sort();

describe('agenda e-mails', () => {
  it('tells attendees about their seat, the waitlist, promotion and schedule changes', async () => {
    const ev = await insertFixtureEvent(app.db);
    const base = `/api/v1/ops/conference/events/${ev.id}/sessions`;
    const created = await ops.post(base, { title: 'Getting paid in China', description: '', kind: 'breakout', track: 'Payments', roomId: ev.rooms.small, startsAt: '2027-06-22T10:00:00-04:00', endsAt: '2027-06-22T11:00:00-04:00', capacity: 1, speakerIds: [] });
    const s = created.json() as { id: string };
    const [a, b, c] = await insertFixtureRegistrations(app.db, ev, 3);
    await signUp(a!, s.id);
    await signUp(b!, s.id);
    await signUp(c!, s.id);
    await giveUp(c!, s.id);
    const first = await deliver();
    expect(summary(first)).toEqual([
      `${a!.email} | Gateway '27: Seat confirmed: Getting paid in China`,
      `${b!.email} | Gateway '27: Waitlisted: Getting paid in China`,
      `${c!.email} | Gateway '27: Seat given up: Getting paid in China`,
    ]);
    // c's "waitlisted" notice came after c gave the place up: not sent.
    const toB = first.find((m) => m.to === b!.email)!;
    expect(toB.text).toContain('number 1 in line');
    expect(toB.text).toContain('Tuesday, June 22');
    expect(toB.text).toContain('10:00 AM EDT – 11:00 AM EDT');
    expect(toB.text).toContain('Meeting Room 140 (Hall A), Huntington Place');
    expect(toB.text).toContain(`https://gateway.test/conference/registrations/${b!.id}`);

    const moved = await ops.request('PATCH', `${base}/${s.id}`, { revision: 1, startsAt: '2027-06-22T10:30:00-04:00', endsAt: '2027-06-22T11:30:00-04:00' });
    expect(moved.statusCode).toBe(200);
    const movedMail = await deliver();
    expect(summary(movedMail)).toEqual([`${a!.email} | Gateway '27: New time for Getting paid in China`, `${b!.email} | Gateway '27: New time for Getting paid in China`]);
    expect(movedMail[0]!.text).toContain('10:30 AM EDT – 11:30 AM EDT');

    await giveUp(a!, s.id);
    expect(summary(await deliver())).toEqual([`${a!.email} | Gateway '27: Seat given up: Getting paid in China`, `${b!.email} | Gateway '27: A seat opened up: Getting paid in China`]);

    const roomMove = await ops.request('PATCH', `${base}/${s.id}`, { revision: 2, roomId: ev.rooms.lab });
    expect(roomMove.statusCode).toBe(200);
    const roomMail = await deliver();
    expect(summary(roomMail)).toEqual([`${b!.email} | Gateway '27: New room for Getting paid in China`]);
    expect(roomMail[0]!.text).toContain('Workshop Lab 250 (Level 2)');

    await ops.post(`${base}/${s.id}/cancel`, { revision: 3 });
    expect(summary(await deliver())).toEqual([`${b!.email} | Gateway '27: Cancelled: Getting paid in China`]);
  });

  it('ignores events for sign-ups or sessions it cannot find', async () => {
    const before = sent.length;
    await subscribers.signupChanged({ signupId: 'css_00000000000000000000000000', change: 'confirmed' });
    await subscribers.sessionChanged({ sessionId: 'cse_00000000000000000000000000', change: 'cancelled' });
    expect(sent.length).toBe(before);
  });
});
