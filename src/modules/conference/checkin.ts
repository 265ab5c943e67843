// Check-in at the door. Scanning devices send batches of scans, live or queued while the venue Wi-Fi was
// down; each scan carries the device's own id for it (scanId), so a queue replayed after an outage is
// answered from what was stored the first time (`replayed`), never counted again. A ticket is checked
// in by one conditional update (`where checked_in_at is null`): whichever scan reaches the database
// first wins, on any number of devices and server processes, and every later scan of that ticket is
// stored as `duplicate` and flagged with when and on which device the ticket was first scanned.
//
// Lock order (PostgreSQL): a batch first inserts its scans in scan-id order, then updates its
// registrations in id order, so two batches never wait on each other in a cycle; a deadlock or
// serialisation failure anyway (another writer on the same rows) is retried.
import type { Db, Trx } from '../../db/database.js';
import type { ConfCheckinsTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { recordAudits } from '../audit/index.js';
import { loadCards, type AttendeeCard } from './checkin-cards.js';
import { arrivalsByMinute, countArrivals, deleteScans, findFirstCheckins, findScans, findScanTargets, findStatuses, insertScans, lastArrivals, markCheckedIn, setDuplicate } from './checkin-repo.js';
import { tagMatches, verifyTicket } from './ticket-token.js';

export type Scan = { scanId: string; scannedAt: string; deviceId: string } & ({ token: string } | { registrationId: string });
export type ScanResultKind = 'checked_in' | 'duplicate' | 'replayed' | 'invalid' | 'not_confirmed' | 'wrong_event';
export type InvalidReason = 'malformed' | 'bad_signature' | 'unknown_ticket' | 'superseded';
export type FirstCheckin = { at: string; deviceId: string | null; scanId: string | null };
export type ScanResult = {
  scanId: string;
  result: ScanResultKind;
  /** For `replayed`: what the scan was answered the first time. */
  stored?: 'checked_in' | 'duplicate';
  reason?: InvalidReason;
  registrationId?: string;
  /** For duplicates (also replayed ones): the scan that checked the ticket in. */
  firstCheckIn?: FirstCheckin;
  attendee?: AttendeeCard;
};

/** A device clock may be off: an arrival time later than now, or more than a day old, is taken as now. */
const MAX_AGE_MS = 24 * 3600_000;
export function arrivalTime(scannedAt: string, now: Date): string {
  const t = Date.parse(scannedAt);
  return Number.isFinite(t) && t <= now.getTime() && t >= now.getTime() - MAX_AGE_MS ? new Date(t).toISOString() : now.toISOString();
}

type Pending = { index: number; scan: Scan; registrationId: string };
type Decided = Omit<ScanResult, 'attendee' | 'firstCheckIn'>;

const RETRYABLE = new Set(['40P01', '40001']);
const isRetryable = (err: unknown) => typeof err === 'object' && err !== null && RETRYABLE.has(String((err as { code?: unknown }).code));

async function withRetry<T>(db: Db, work: (trx: Trx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (err) {
      if (attempt >= 3 || !isRetryable(err)) throw err;
    }
  }
}

/** Stores and checks in the pending scans; answers each by its index. */
async function commitScans(ctx: Ctx & { db: Db }, eventId: string, pending: Pending[], audit: string | undefined): Promise<Map<number, Decided>> {
  const decided = new Map<number, Decided>();
  const now = ctx.now.toISOString();
  await withRetry(ctx.db, async (trx) => {
    decided.clear();
    const rows: ConfCheckinsTable[] = pending.map((p) => ({
      id: newId('cci'), event_id: eventId, registration_id: p.registrationId, scan_id: p.scan.scanId, device_id: p.scan.deviceId,
      staff_user_id: ctx.actor?.userId ?? 'system', scanned_at: new Date(Date.parse(p.scan.scannedAt)).toISOString(), received_at: now, result: 'checked_in',
    }));
    const stored = await insertScans(trx, rows);
    const fresh = pending.filter((p) => stored.has(p.scan.scanId));
    for (const p of pending) if (!stored.has(p.scan.scanId)) decided.set(p.index, { scanId: p.scan.scanId, result: 'replayed', registrationId: p.registrationId });
    // One ticket scanned twice in the batch: the earlier scan (device time) is the one that counts.
    fresh.sort((a, b) => (a.registrationId < b.registrationId ? -1 : a.registrationId > b.registrationId ? 1 : a.scan.scannedAt.localeCompare(b.scan.scannedAt) || a.scan.scanId.localeCompare(b.scan.scanId)));
    const duplicates: string[] = [];
    const lost: Pending[] = [];
    let previous: string | null = null;
    for (const p of fresh) {
      const first = p.registrationId !== previous;
      previous = p.registrationId;
      if (first && (await markCheckedIn(trx, p.registrationId, arrivalTime(p.scan.scannedAt, ctx.now), now))) {
        decided.set(p.index, { scanId: p.scan.scanId, result: 'checked_in', registrationId: p.registrationId });
      } else {
        duplicates.push(p.scan.scanId);
        lost.push(p);
      }
    }
    // A ticket cancelled since it was read above is not a duplicate: its scans are not kept.
    const statuses = new Map((await findStatuses(trx, [...new Set(lost.map((p) => p.registrationId))])).map((r) => [r.id, r.status]));
    const cancelled = lost.filter((p) => statuses.get(p.registrationId) !== 'confirmed');
    await deleteScans(trx, cancelled.map((p) => p.scan.scanId));
    const gone = new Set(cancelled.map((p) => p.scan.scanId));
    await setDuplicate(trx, duplicates.filter((id) => !gone.has(id)));
    for (const p of lost) decided.set(p.index, { scanId: p.scan.scanId, result: gone.has(p.scan.scanId) ? 'not_confirmed' : 'duplicate', registrationId: p.registrationId });
    if (audit) {
      const checkedIn = pending.filter((p) => decided.get(p.index)?.result === 'checked_in');
      await recordAudits({ ...ctx, db: trx }, checkedIn.map((p) => ({ action: audit, subjectType: 'conf_registration', subjectId: p.registrationId, data: { eventId, scanId: p.scan.scanId, deviceId: p.scan.deviceId } })));
    }
  });
  return decided;
}

/**
 * Answers a batch of scans (tokens from QR codes, or registration ids for a check-in by search), one
 * result per scan in the order sent. `ticketKey` verifies tokens; `audit` names the audit action recorded
 * for each check-in (check-ins by search; a scan's own row already says who scanned, where and when).
 */
export async function recordScans(ctx: Ctx & { db: Db }, ticketKey: string, eventId: string, scans: Scan[], options: { audit?: string } = {}): Promise<ScanResult[]> {
  const results: Decided[] = new Array<Decided>(scans.length);
  const firstIndex = new Map<string, number>();
  const repeats: Array<{ index: number; of: number }> = [];
  scans.forEach((s, index) => {
    const seen = firstIndex.get(s.scanId);
    if (seen === undefined) firstIndex.set(s.scanId, index);
    else repeats.push({ index, of: seen });
  });
  const stored = new Map((await findScans(ctx.db, [...firstIndex.keys()])).map((s) => [s.scan_id, s]));

  const candidates: Array<{ index: number; scan: Scan; registrationId: string; tag: string | null }> = [];
  for (const [scanId, index] of firstIndex) {
    const scan = scans[index]!;
    const prior = stored.get(scanId);
    if (prior) {
      results[index] = { scanId, result: 'replayed', stored: prior.result, registrationId: prior.registration_id };
      continue;
    }
    if ('token' in scan) {
      const check = verifyTicket(ticketKey, scan.token);
      if (!check.ok) results[index] = { scanId, result: 'invalid', reason: check.reason };
      else candidates.push({ index, scan, registrationId: check.registrationId, tag: check.tag });
    } else candidates.push({ index, scan, registrationId: scan.registrationId, tag: null });
  }

  const targets = new Map((await findScanTargets(ctx.db, [...new Set(candidates.map((c) => c.registrationId))])).map((r) => [r.id, r]));
  const pending: Pending[] = [];
  for (const c of candidates) {
    const reg = targets.get(c.registrationId);
    const base = { scanId: c.scan.scanId, registrationId: c.registrationId };
    if (!reg) results[c.index] = { scanId: c.scan.scanId, result: 'invalid', reason: 'unknown_ticket' };
    else if (c.tag !== null && !tagMatches(c.tag, reg.ticket_nonce)) results[c.index] = { scanId: c.scan.scanId, result: 'invalid', reason: 'superseded' };
    else if (reg.event_id !== eventId) results[c.index] = { ...base, result: 'wrong_event' };
    else if (reg.status !== 'confirmed') results[c.index] = { ...base, result: 'not_confirmed' };
    else pending.push(c);
  }

  if (pending.length) {
    const decided = await commitScans(ctx, eventId, pending, options.audit);
    const raced = [...decided.values()].filter((d) => d.result === 'replayed').map((d) => d.scanId);
    const racedRows = new Map((await findScans(ctx.db, raced)).map((s) => [s.scan_id, s]));
    for (const [index, d] of decided) {
      const row = d.result === 'replayed' ? racedRows.get(d.scanId) : undefined;
      results[index] = row ? { ...d, stored: row.result, registrationId: row.registration_id } : d;
    }
  }
  for (const r of repeats) {
    const first = results[r.of]!;
    const stored = first.result === 'replayed' ? first.stored : first.result === 'checked_in' || first.result === 'duplicate' ? first.result : undefined;
    results[r.index] = stored ? { ...first, result: 'replayed', stored } : { ...first };
  }
  return describe(ctx.db, results);
}

/** Adds who it is, and for duplicates the first check-in, to each result. */
async function describe(db: Db, results: Decided[]): Promise<ScanResult[]> {
  const ids = [...new Set(results.flatMap((r) => (r.registrationId ? [r.registrationId] : [])))];
  const flagged = [...new Set(results.filter((r) => r.result === 'duplicate' || r.stored === 'duplicate').map((r) => r.registrationId!))];
  const [cards, firsts] = await Promise.all([loadCards(db, ids), findFirstCheckins(db, flagged)]);
  const firstOf = new Map(firsts.map((f) => [f.registration_id, f]));
  return results.map((r) => {
    const attendee = r.registrationId ? cards.get(r.registrationId) : undefined;
    const out: ScanResult = { ...r, ...(attendee ? { attendee } : {}) };
    if (r.result === 'duplicate' || r.stored === 'duplicate') {
      const f = firstOf.get(r.registrationId!);
      out.firstCheckIn = f ? { at: f.scanned_at, deviceId: f.device_id, scanId: f.scan_id } : { at: attendee?.checkedInAt ?? '', deviceId: null, scanId: null };
    }
    return out;
  });
}

export type ArrivalStats = {
  timeZone: string;
  confirmed: number;
  arrived: number;
  scans: number;
  duplicates: number;
  byHour: Array<{ hour: string; arrivals: number }>;
  last: Array<{ registrationId: string; name: string; company: string; at: string; deviceId: string }>;
};

/** Arrivals so far, per local hour of the event's time zone ("2027-06-22T09:00"), and the latest 20. */
export async function arrivalStats(db: Db, event: { id: string; time_zone: string }): Promise<ArrivalStats> {
  const [counts, minutes, last] = await Promise.all([countArrivals(db, event.id), arrivalsByMinute(db, event.id), lastArrivals(db, event.id, 20)]);
  const format = new Intl.DateTimeFormat('en-CA', { timeZone: event.time_zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit' });
  const hours = new Map<string, number>();
  for (const m of minutes) {
    const p = Object.fromEntries(format.formatToParts(Date.parse(`${m.minute}:00Z`)).map((x) => [x.type, x.value]));
    const key = `${p['year']}-${p['month']}-${p['day']}T${p['hour']}:00`;
    hours.set(key, (hours.get(key) ?? 0) + Number(m.n));
  }
  return {
    timeZone: event.time_zone,
    ...counts,
    byHour: [...hours].sort(([a], [b]) => a.localeCompare(b)).map(([hour, arrivals]) => ({ hour, arrivals })),
    last: last.map((r) => ({ registrationId: r.registration_id, name: `${r.first_name} ${r.last_name}`, company: r.company, at: r.checked_in_at ?? r.scanned_at, deviceId: r.device_id })),
  };
}
