// The door rush (issue 7): tickets scanned by several devices at once, half of them offline, for the
// test beside it and bench/conference-checkin.ts. The transport is given (app.inject or HTTP), so the
// same plan runs in-process and against a running server. Phases, all devices at once:
//   1. online devices send their scans in batches as they go;
//   2. offline devices sync their whole queue — twice at once (a retry after a timeout on a slow link) —
//      while online devices replay theirs (acknowledgements lost);
//   3. every device replays its whole queue again.
// Some tickets are scanned by two devices. Afterwards every scan must have exactly one first answer
// (checked_in or duplicate) and every replay must repeat it.
import { randomUUID } from 'node:crypto';

export type RushScan = { scanId: string; token: string; scannedAt: string; deviceId: string; registrationId: string };
export type RushAnswer = { scanId: string; result: string; stored?: string; registrationId?: string };
export type RushSender = (scans: Array<Omit<RushScan, 'registrationId'>>) => Promise<{ status: number; results: RushAnswer[] }>;
export type RushPlan = { queues: RushScan[][]; online: number; doubles: number; tickets: number };
export type RushOutcome = {
  batches: number;
  /** Every request's time from send to answer, and per phase (1: live scans, 2: queues synced, 3: replays). */
  latenciesMs: number[];
  phases: Array<{ ms: number; latenciesMs: number[] }>;
  statuses: Record<string, number>;
  answers: Map<string, RushAnswer[]>;
};

/** Ticket i goes to device i mod devices; every `doubleEvery`-th is scanned again by the next device. */
export function planDoorRush(tickets: Array<{ id: string; token: string }>, options: { devices?: number; doubleEvery?: number; minutes?: number; now?: number } = {}): RushPlan {
  const devices = options.devices ?? 10;
  const doubleEvery = options.doubleEvery ?? 20;
  const span = (options.minutes ?? 20) * 60_000;
  const start = (options.now ?? Date.now()) - span - 60_000;
  const queues: RushScan[][] = Array.from({ length: devices }, () => []);
  let doubles = 0;
  tickets.forEach((t, i) => {
    const at = start + Math.floor((i / tickets.length) * span);
    const d = i % devices;
    queues[d]!.push({ scanId: randomUUID(), token: t.token, scannedAt: new Date(at).toISOString(), deviceId: `door-${d}`, registrationId: t.id });
    if (i % doubleEvery === 0) {
      doubles++;
      const e = (d + 1) % devices;
      queues[e]!.push({ scanId: randomUUID(), token: t.token, scannedAt: new Date(at + 30_000).toISOString(), deviceId: `door-${e}`, registrationId: t.id });
    }
  });
  for (const q of queues) q.sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
  return { queues, online: Math.ceil(devices / 2), doubles, tickets: tickets.length };
}

const chunks = <T>(xs: T[], size: number): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));
const wire = (scans: RushScan[]) => scans.map(({ registrationId: _r, ...s }) => s);

/** batchSize: scans per request of the online devices (1: each scan sent as it happens). */
export async function runDoorRush(plan: RushPlan, send: RushSender, batchSize = 50): Promise<RushOutcome> {
  const out: RushOutcome = { batches: 0, latenciesMs: [], phases: [], statuses: {}, answers: new Map() };
  let current: number[] = [];
  const post = async (scans: RushScan[]) => {
    const t0 = performance.now();
    const { status, results } = await send(wire(scans));
    out.latenciesMs.push(performance.now() - t0);
    current.push(performance.now() - t0);
    out.batches++;
    out.statuses[status] = (out.statuses[status] ?? 0) + 1;
    for (const r of results) out.answers.set(r.scanId, [...(out.answers.get(r.scanId) ?? []), r]);
  };
  const phase = async (work: () => Array<Promise<unknown>>) => {
    current = [];
    const t0 = performance.now();
    await Promise.all(work());
    out.phases.push({ ms: performance.now() - t0, latenciesMs: current });
  };
  const online = plan.queues.slice(0, plan.online);
  const offline = plan.queues.slice(plan.online);
  const sequentially = async (batches: RushScan[][]) => {
    for (const b of batches) await post(b);
  };
  await phase(() => online.map((q) => sequentially(chunks(q, batchSize))));
  await phase(() => [...offline.flatMap((q) => [sequentially(chunks(q, 500)), sequentially(chunks(q, 500))]), ...online.map((q) => sequentially(chunks(q, 500)))]);
  await phase(() => plan.queues.map((q) => sequentially(chunks(q, 500))));
  return out;
}

/** What went wrong, checked from the answers alone (empty when every scan was answered consistently). */
export function rushProblems(plan: RushPlan, outcome: RushOutcome): string[] {
  const problems: string[] = [];
  const firsts: Record<string, number> = {};
  const winners = new Map<string, number>();
  for (const scan of plan.queues.flat()) {
    const answers = outcome.answers.get(scan.scanId) ?? [];
    const fresh = answers.filter((a) => a.result !== 'replayed');
    if (fresh.length !== 1) {
      problems.push(`${scan.scanId}: ${fresh.length} first answers (${answers.map((a) => a.result).join(', ')})`);
      continue;
    }
    const first = fresh[0]!.result;
    firsts[first] = (firsts[first] ?? 0) + 1;
    if (first === 'checked_in') winners.set(scan.registrationId, (winners.get(scan.registrationId) ?? 0) + 1);
    for (const a of answers) if (a.result === 'replayed' && a.stored !== first) problems.push(`${scan.scanId}: replay says ${a.stored}, first answer was ${first}`);
  }
  if (firsts['checked_in'] !== plan.tickets) problems.push(`checked_in ${firsts['checked_in'] ?? 0}, want ${plan.tickets}`);
  if ((firsts['duplicate'] ?? 0) !== plan.doubles) problems.push(`duplicate ${firsts['duplicate'] ?? 0}, want ${plan.doubles}`);
  for (const [id, n] of winners) if (n !== 1) problems.push(`${id} checked in ${n} times`);
  const other = Object.keys(outcome.statuses).filter((s) => s !== '200');
  if (other.length) problems.push(`statuses ${JSON.stringify(outcome.statuses)}`);
  return problems;
}

export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! : 0;
}
