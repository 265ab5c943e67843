// Group commit for the registration rush. All of an event's registrations go through its seat lock one
// transaction at a time, so under a rush the commit (a disk flush) is what limits throughput. Here the
// registrations that arrive while one transaction runs wait in a queue (per database and event, in
// arrival order) and go together in the next one: each is still decided alone (window, ticket type,
// e-mail not yet taken — in the database or earlier in the batch — then a seat of the event and of its
// ticket type, or the next waitlist position), and each refusal is its own (nothing written for it).
// The counters move by conditional increments that must all win; should the database refuse the batch
// (say, the same e-mail arriving through another server at the same moment), each registration is
// retried alone in its own transaction.
import type { Db, Trx } from '../../db/database.js';
import { publish } from '../../events.js';
import type { Ctx } from '../../platform/context.js';
import { invalidField, notFound, type AppError } from '../../platform/errors.js';
import { findEventById, findEventBySlug, listTicketTypes, lockEventSeats, takeEventSeats, takeTicketTypeSeats, takeWaitlistPositions } from './event-repo.js';
import { newManageKey } from './registration-access.js';
import { findTakenEmailKeys, insertRegistrations } from './registration-repo.js';
import { alreadyRegistered, changeOf, checkRegistrationInput, emailKeyOf, register, registrationRow, windowRefusal, type Registered, type RegistrationInput } from './registrations.js';

type Job = { ctx: Ctx & { db: Db }; input: RegistrationInput; resolve: (r: Registered) => void; reject: (err: unknown) => void };
type Desk = { waiting: Job[]; running: boolean };
type Outcome = { ok: Registered } | { err: AppError };

/** At most this many registrations share a transaction (keeps the lock short and statements small). */
const MAX_BATCH = 200;

const desks = new WeakMap<Db, Map<string, Desk>>();

/** Registers like `register`, sharing the transaction with registrations for the same event that arrive meanwhile. */
export function registerInTurn(ctx: Ctx & { db: Db }, slug: string, input: RegistrationInput): Promise<Registered> {
  checkRegistrationInput(input);
  let bySlug = desks.get(ctx.db);
  if (!bySlug) desks.set(ctx.db, (bySlug = new Map()));
  let desk = bySlug.get(slug);
  if (!desk) bySlug.set(slug, (desk = { waiting: [], running: false }));
  const queue = desk;
  return new Promise<Registered>((resolve, reject) => {
    queue.waiting.push({ ctx, input, resolve, reject });
    if (!queue.running) void work(ctx.db, slug, queue, bySlug);
  });
}

async function work(db: Db, slug: string, desk: Desk, bySlug: Map<string, Desk>): Promise<void> {
  desk.running = true;
  try {
    while (desk.waiting.length > 0) {
      // One turn of the event loop first, so requests already received join this batch (better-sqlite3
      // runs a whole transaction without yielding, so otherwise nothing could queue up behind it).
      await new Promise((resolve) => setImmediate(resolve));
      const jobs = desk.waiting.splice(0, MAX_BATCH);
      // Whatever goes wrong, every waiting request gets an answer (settling twice is harmless).
      await runBatch(db, slug, jobs).catch((err: unknown) => jobs.forEach((j) => j.reject(err)));
    }
  } finally {
    desk.running = false;
    if (desk.waiting.length === 0) bySlug.delete(slug);
  }
}

async function alone(slug: string, job: Job): Promise<void> {
  await register(job.ctx, slug, job.input).then(job.resolve, job.reject);
}

async function runBatch(db: Db, slug: string, jobs: Job[]): Promise<void> {
  if (jobs.length === 1) return alone(slug, jobs[0]!);
  let outcomes: Outcome[];
  try {
    outcomes = await db.transaction().execute((trx) => registerBatch(trx, slug, jobs));
  } catch {
    for (const job of jobs) await alone(slug, job);
    return;
  }
  outcomes.forEach((outcome, i) => ('ok' in outcome ? jobs[i]!.resolve(outcome.ok) : jobs[i]!.reject(outcome.err)));
}

class BatchRefused extends Error {}

async function registerBatch(trx: Trx, slug: string, jobs: Job[]): Promise<Outcome[]> {
  const found = await findEventBySlug(trx, slug);
  if (!found || found.status === 'draft') return jobs.map(() => ({ err: notFound('Event') }));
  await lockEventSeats(trx, found.id);
  // The counters as they are now that the lock is ours.
  const event = (await findEventById(trx, found.id))!;
  const ticketTypes = new Map((await listTicketTypes(trx, [event.id])).map((t) => [t.code, { row: t, held: t.held }]));
  const taken = await findTakenEmailKeys(trx, event.id, jobs.map((j) => emailKeyOf(j.input.email)));
  let held = event.held;
  let next = event.waitlist_next;
  const planned = jobs.map((job): Outcome & { change?: ReturnType<typeof changeOf> } => {
    const refusal = windowRefusal(event, job.ctx.now);
    if (refusal) return { err: refusal };
    const ticketType = ticketTypes.get(job.input.ticketType);
    if (!ticketType) return { err: invalidField('ticketType', 'is not a ticket type of this event') };
    const emailKey = emailKeyOf(job.input.email);
    if (taken.has(emailKey)) return { err: alreadyRegistered() };
    taken.add(emailKey);
    const seated = held < event.capacity && ticketType.held < ticketType.row.quota;
    if (seated) {
      held++;
      ticketType.held++;
    }
    const { key, hash } = newManageKey();
    const row = registrationRow(job.ctx, event, ticketType.row, job.input, seated ? null : next++, hash);
    return { ok: { registration: { ...row, revision: 1 }, manageKey: key }, change: changeOf(row) };
  });

  // Under the lock these increments always win; if one does not, something moved the counters
  // outside the lock, and the batch is retried registration by registration.
  if (held > event.held && !(await takeEventSeats(trx, event.id, held - event.held))) throw new BatchRefused('event seats moved');
  for (const { row, held: nowHeld } of ticketTypes.values()) {
    if (nowHeld > row.held && !(await takeTicketTypeSeats(trx, row.id, nowHeld - row.held))) throw new BatchRefused('ticket type seats moved');
  }
  if (next > event.waitlist_next && !(await takeWaitlistPositions(trx, event.id, event.waitlist_next, next - event.waitlist_next))) throw new BatchRefused('waitlist moved');
  await insertRegistrations(trx, planned.flatMap((p) => ('ok' in p ? [p.ok.registration] : [])));
  for (const [i, p] of planned.entries()) {
    if ('ok' in p) await publish(trx, 'conference.registration_changed', { registrationId: p.ok.registration.id, change: p.change!, manageKey: p.ok.manageKey }, jobs[i]!.ctx.now);
  }
  return planned.map((p) => ('ok' in p ? { ok: p.ok } : { err: p.err }));
}
