// The demo agenda: seeded once into the event's own rooms and days (a second run adds nothing), with
// no two sessions at once in a room or for a speaker, workshops of 40–60 seats, and a public agenda
// over both days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../../../test/app.js';
import { TestClient } from '../../../test/client.js';
import { localDay } from './agenda-time.js';
import { seedConferenceAgenda } from './demo-agenda.js';
import { insertFixtureEvent } from './fixtures.js';

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
});
afterAll(async () => app.cleanup());

const overlaps = (a: { starts_at: string; ends_at: string }, b: { starts_at: string; ends_at: string }) => a.starts_at < b.ends_at && b.starts_at < a.ends_at;

describe('demo agenda', () => {
  it('seeds two days of sessions and 8–12 speakers once, without clashes', async () => {
    const ev = await insertFixtureEvent(app.db);
    const report = await seedConferenceAgenda(app.db, ev.id, new Date());
    expect(report.speakers).toBeGreaterThanOrEqual(8);
    expect(report.speakers).toBeLessThanOrEqual(12);
    expect(report.sessions).toBeGreaterThanOrEqual(20);
    expect(await seedConferenceAgenda(app.db, ev.id, new Date())).toEqual({ speakers: 0, sessions: 0 });

    const sessions = await app.db.selectFrom('conf_sessions').selectAll().where('event_id', '=', ev.id).execute();
    expect(sessions).toHaveLength(report.sessions);
    const rooms = new Set(Object.values(ev.rooms));
    expect(sessions.every((s) => rooms.has(s.room_id))).toBe(true);
    expect(new Set(sessions.map((s) => localDay(s.starts_at, 'America/Detroit')))).toEqual(new Set(['2027-06-22', '2027-06-23']));
    expect(new Set(sessions.map((s) => s.kind))).toEqual(new Set(['keynote', 'breakout', 'workshop', 'networking']));
    for (const track of ['Food & agriculture', 'Beauty', 'Fashion', 'Health', 'Logistics', 'Payments', 'Marketing']) expect(sessions.some((s) => s.track === track), track).toBe(true);
    const workshops = sessions.filter((s) => s.kind === 'workshop');
    expect(workshops.length).toBeGreaterThanOrEqual(2);
    for (const w of workshops) expect(w.capacity! >= 40 && w.capacity! <= 60, `${w.title}: ${w.capacity}`).toBe(true);

    const links = await app.db.selectFrom('conf_session_speakers').selectAll().where('session_id', 'in', sessions.map((s) => s.id)).execute();
    const byId = new Map(sessions.map((s) => [s.id, s]));
    for (const a of sessions) {
      for (const b of sessions) {
        if (a.id >= b.id || !overlaps(a, b)) continue;
        expect(a.room_id === b.room_id, `${a.title} / ${b.title} share a room`).toBe(false);
        const speakersA = new Set(links.filter((l) => l.session_id === a.id).map((l) => l.speaker_id));
        expect(links.some((l) => l.session_id === b.id && speakersA.has(l.speaker_id)), `${a.title} / ${b.title} share a speaker`).toBe(false);
      }
    }
    expect(links.every((l) => byId.has(l.session_id))).toBe(true);

    const publicAgenda = await new TestClient(app).get(`/api/v1/conference/events/${ev.slug}/agenda?day=2027-06-23`);
    expect(publicAgenda.statusCode).toBe(200);
    expect(publicAgenda.json().items.length).toBeGreaterThan(5);
    const keynote = publicAgenda.json().items.find((s: { kind: string }) => s.kind === 'keynote');
    expect(keynote.speakers[0]).toMatchObject({ name: expect.any(String), company: expect.any(String), bio: expect.any(String) });
  });

  it('does nothing for an unknown event or one without rooms', async () => {
    expect(await seedConferenceAgenda(app.db, 'cev_00000000000000000000000000', new Date())).toEqual({ speakers: 0, sessions: 0 });
    const ev = await insertFixtureEvent(app.db);
    await app.db.deleteFrom('conf_rooms').where('event_id', '=', ev.id).execute();
    expect(await seedConferenceAgenda(app.db, ev.id, new Date())).toEqual({ speakers: 0, sessions: 0 });
  });
});
