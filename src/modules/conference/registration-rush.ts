// The registration rush (issue 7): thousands of businesses register at once for an event with fewer
// seats, through the public route. Shared by registration-rush.test.ts (in-process),
// test/process/registration-rush-two-servers.test.ts and bench/conference-registration.ts (real
// servers), as door-rush.ts is for check-in. The transport is given (app.inject or HTTP), one per
// server; registration i goes to server i mod servers, at most `inFlight` at once. Afterwards:
//   - every answer a 201, its own e-mail, a registration id of its own;
//   - exactly `seats` confirmed, the rest waitlisted with positions 1..n (no gaps, no duplicates);
//   - arrival order: through each server, positions rise with the registration ids (time-ordered,
//     drawn under the event's seat lock) and every seat went before the first waitlist place;
//   - the rows: one per e-mail, each as its answer said; the counters as the operators see them.
// Each check returns what it found wrong (empty: all well), so a test can assert and a bench can report.
export { percentile } from './door-rush.js';

export type RushReply = { status: number; json: Record<string, unknown> };
/** One server's transport: the method, path and JSON body of a request; its status and JSON answer. */
export type RushSend = (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<RushReply>;
export type RushRegistration = { id: string; status: string; waitlistPosition: number | null; email: string };
/** One registration's answer: its server (index), status (0: no answer), registration (on 201), time from send to answer. */
export type RushAnswer = { server: number; status: number; registration: RushRegistration | null; body: Record<string, unknown>; ms: number };
export type RushOutcome = { answers: RushAnswer[]; /** From the first send to the last answer. */ ms: number };
export type RushSize = { seats: number; registrants: number };
/** A row of conf_registrations as the checks need it. */
export type RushRow = { id: string; email_key: string; status: string; waitlist_position: number | string | null };
/** GET /api/v1/ops/conference/events/:eventId, the part the checks read. */
export type RushOpsEvent = { held: number; waitlistNext: number; counts: Record<string, number>; capacity: { total: number; seatsLeft: number; status: string; waitlisted: number }; ticketTypes: Array<{ code: string; held: number }> };

export const rushEmail = (i: number) => `rush-${i}@business.example`;

export const rushForm = (i: number) => ({
  email: rushEmail(i),
  firstName: 'Rush',
  lastName: `Registrant ${i}`,
  company: `Company ${i}`,
  businessType: 'farm',
  state: 'MI',
  sells: 'tart cherries',
  chinaExperience: 'exploring',
  interests: ['food_agriculture'],
  consentContact: i % 2 === 0,
  ticketType: 'general',
});

/**
 * As an operator (`op`): a published event with `seats` seats, registration open now, and a free
 * `general` ticket type whose quota is the whole rush (so the event's counter is the one that runs out).
 */
export async function createRushEvent(op: RushSend, slug: string, size: RushSize, now = new Date()): Promise<string> {
  const created = await op('POST', '/api/v1/ops/conference/events', {
    slug, name: `Rush ${slug}`, tagline: '', description: '', venueName: 'Hall A', venueAddress: '1 Washington Blvd, Detroit, MI 48226',
    timeZone: 'America/Detroit', startsOn: '2027-06-22', endsOn: '2027-06-23', registrationOpensAt: new Date(now.getTime() - 3_600_000).toISOString(),
    registrationClosesAt: new Date(now.getTime() + 86_400_000).toISOString(), capacity: size.seats, status: 'published',
  });
  if (created.status !== 201) throw new Error(`creating the rush event answered ${created.status}: ${JSON.stringify(created.json).slice(0, 400)}`);
  const eventId = created.json['id'] as string;
  const ticketType = await op('POST', `/api/v1/ops/conference/events/${eventId}/ticket-types`, { code: 'general', name: 'General admission', description: '', priceCents: 0, quota: size.registrants, includesWorkshops: false });
  if (ticketType.status !== 201) throw new Error(`creating the rush ticket type answered ${ticketType.status}: ${JSON.stringify(ticketType.json).slice(0, 400)}`);
  return eventId;
}

/** Sends registrations 0..registrants-1 for the event `slug`, registration i through servers[i mod n], at most `inFlight` at once. */
export async function runRegistrationRush(servers: RushSend[], slug: string, registrants: number, inFlight: number): Promise<RushOutcome> {
  const answers = new Array<RushAnswer>(registrants);
  const path = `/api/v1/conference/events/${slug}/registrations`;
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < registrants; i = next++) {
      const server = i % servers.length;
      const t0 = performance.now();
      let reply: RushReply;
      try {
        reply = await servers[server]!('POST', path, rushForm(i));
      } catch (err) {
        reply = { status: 0, json: { error: String(err) } };
      }
      const registration = reply.status === 201 ? ((reply.json['registration'] as RushRegistration | undefined) ?? null) : null;
      answers[i] = { server, status: reply.status, registration, body: reply.json, ms: performance.now() - t0 };
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(inFlight, registrants) }, worker));
  return { answers, ms: performance.now() - started };
}

/** Answers by status: { '201': 5000 } when all went well. */
export function rushStatuses(outcome: RushOutcome): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of outcome.answers) out[a.status] = (out[a.status] ?? 0) + 1;
  return out;
}

/** Per server: registrations sent, confirmed and waitlisted through it. */
export function rushByServer(outcome: RushOutcome): Array<{ sent: number; confirmed: number; waitlisted: number }> {
  const out: Array<{ sent: number; confirmed: number; waitlisted: number }> = [];
  for (const a of outcome.answers) {
    const s = (out[a.server] ??= { sent: 0, confirmed: 0, waitlisted: 0 });
    s.sent++;
    if (a.registration?.status === 'confirmed') s.confirmed++;
    if (a.registration?.status === 'waitlisted') s.waitlisted++;
  }
  return out;
}

/** What the answers alone show wrong. */
export function rushAnswerProblems(outcome: RushOutcome, size: RushSize): string[] {
  const problems: string[] = [];
  const { answers } = outcome;
  if (answers.length !== size.registrants) problems.push(`${answers.length} answers for ${size.registrants} registrations`);
  const failed = answers.flatMap((a, i) => (a.status === 201 && a.registration ? [] : [{ i, ...a }]));
  if (failed.length) {
    problems.push(`${failed.length} answers not 201 (${JSON.stringify(rushStatuses(outcome))}; 5xx or no answer: ${failed.filter((f) => f.status >= 500 || f.status === 0).length})`);
    for (const f of failed.slice(0, 3)) problems.push(`registration ${f.i} through server ${f.server}: ${f.status} ${JSON.stringify(f.body).slice(0, 300)}`);
  }
  const regs = answers.flatMap((a, i) => (a.registration ? [{ i, server: a.server, ...a.registration }] : []));
  const wrongEmail = regs.filter((r) => r.email !== rushEmail(r.i));
  if (wrongEmail.length) problems.push(`${wrongEmail.length} answers carry another e-mail (first: registration ${wrongEmail[0]!.i} got ${wrongEmail[0]!.email})`);
  const ids = new Set(regs.map((r) => r.id));
  if (ids.size !== regs.length) problems.push(`${regs.length - ids.size} registration ids answered twice`);
  const confirmed = regs.filter((r) => r.status === 'confirmed');
  const waitlisted = regs.filter((r) => r.status === 'waitlisted');
  const other = regs.length - confirmed.length - waitlisted.length;
  if (confirmed.length !== size.seats) problems.push(`${confirmed.length} confirmed, want ${size.seats}`);
  if (waitlisted.length !== size.registrants - size.seats) problems.push(`${waitlisted.length} waitlisted, want ${size.registrants - size.seats}`);
  if (other) problems.push(`${other} registrations neither confirmed nor waitlisted`);
  if (confirmed.some((r) => r.waitlistPosition !== null)) problems.push('a confirmed registration has a waitlist position');
  const positions = waitlisted.map((r) => r.waitlistPosition ?? 0).sort((x, y) => x - y);
  const gaps = positions.filter((p, k) => p !== k + 1);
  if (gaps.length) problems.push(`waitlist positions are not 1..${waitlisted.length}: ${gaps.length} out of place (first ${JSON.stringify(positions.slice(0, 5))}…)`);
  // Arrival order, server by server: each process draws ids in the order it takes registrations.
  for (const server of new Set(regs.map((r) => r.server))) {
    const mine = regs.filter((r) => r.server === server).sort((x, y) => x.id.localeCompare(y.id));
    const lastSeat = mine.findLastIndex((r) => r.status === 'confirmed');
    const firstWait = mine.findIndex((r) => r.status === 'waitlisted');
    if (lastSeat >= 0 && firstWait >= 0 && firstWait < lastSeat) problems.push(`server ${server}: a waitlist place went before the last seat (in id order)`);
    const queue = mine.filter((r) => r.status === 'waitlisted').map((r) => r.waitlistPosition ?? 0);
    const backwards = queue.filter((p, k) => k > 0 && p <= queue[k - 1]!).length;
    if (backwards) problems.push(`server ${server}: ${backwards} waitlist positions not in arrival (id) order`);
  }
  return problems;
}

/** The event's rows against the answers: one row per e-mail, each with the status and position it was answered. */
export function rushRowProblems(rows: RushRow[], outcome: RushOutcome, size: RushSize): string[] {
  const problems: string[] = [];
  if (rows.length !== size.registrants) problems.push(`${rows.length} registration rows, want ${size.registrants}`);
  const keys = new Set(rows.map((r) => r.email_key));
  if (keys.size !== rows.length) problems.push(`${rows.length - keys.size} e-mails registered twice`);
  const answered = new Map(outcome.answers.flatMap((a) => (a.registration ? [[a.registration.id, a.registration] as const] : [])));
  const differ = rows.filter((r) => {
    const a = answered.get(r.id);
    return !a || a.status !== r.status || a.waitlistPosition !== (r.waitlist_position === null ? null : Number(r.waitlist_position));
  });
  if (differ.length) problems.push(`${differ.length} rows differ from their answers (first: ${JSON.stringify(differ[0])})`);
  return problems;
}

/** The counters the operators see against the rush: seats all held, the waitlist's next position, counts by status. */
export function rushCounterProblems(view: RushOpsEvent, size: RushSize): string[] {
  const want = { held: size.seats, waitlistNext: size.registrants - size.seats + 1, confirmed: size.seats, waitlisted: size.registrants - size.seats, seatsLeft: 0, status: 'waitlist_only', capacityWaitlisted: size.registrants - size.seats, ticketTypes: [['general', size.seats]] };
  const got = {
    held: view.held, waitlistNext: view.waitlistNext, confirmed: view.counts['confirmed'], waitlisted: view.counts['waitlisted'], seatsLeft: view.capacity.seatsLeft,
    status: view.capacity.status, capacityWaitlisted: view.capacity.waitlisted, ticketTypes: view.ticketTypes.map((t) => [t.code, t.held]),
  };
  return JSON.stringify(got) === JSON.stringify(want) ? [] : [`counters ${JSON.stringify(got)}, want ${JSON.stringify(want)}`];
}
