// Medians, ratios and goals from the raw rounds; the JSON record and the markdown summary.
import { cpus, arch, loadavg, release, totalmem, type } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { round, type Measurement } from './load.js';
import type { Scenario } from './scenarios.js';

export type ScenarioSummary = {
  name: string;
  description: string;
  target: Scenario['target'];
  request: string;
  rounds: Measurement[];
  median: { reqPerSec: number; p50Ms: number; p99Ms: number };
  /** Median of each scenario-specific figure over the rounds (stateful scenarios only). */
  medianExtra?: Record<string, number>;
  ratioToBaseline: number;
  /** Each round against the baseline round just before it: shows how far noise moves the ratio. */
  roundRatios: number[];
  goal: { checks: GoalCheck[]; met: boolean } | null;
};

export type GoalCheck = { what: 'ratio' | 'p99Ms' | 'reqPerSec'; bound: '>=' | '<='; target: number; actual: number; met: boolean };

function goalOf(scenario: Scenario, median: ScenarioSummary['median'], ratio: number): ScenarioSummary['goal'] {
  const checks: GoalCheck[] = [];
  const atLeast = (what: GoalCheck['what'], target: number, actual: number) => checks.push({ what, bound: '>=', target, actual, met: actual >= target });
  if (scenario.minRatio !== undefined) atLeast('ratio', scenario.minRatio, ratio);
  if (scenario.minReqPerSec !== undefined) atLeast('reqPerSec', scenario.minReqPerSec, median.reqPerSec);
  // No answers at all has no latency to speak of: that is a miss, never a p99 of 0.
  if (scenario.maxP99Ms !== undefined) checks.push({ what: 'p99Ms', bound: '<=', target: scenario.maxP99Ms, actual: median.p99Ms, met: median.reqPerSec > 0 && median.p99Ms <= scenario.maxP99Ms });
  return checks.length ? { checks, met: checks.every((c) => c.met) } : null;
}

export function summarize(scenario: Scenario, rounds: Measurement[], baselineRounds: Measurement[]): ScenarioSummary {
  const reqPerSec = median(rounds.map((r) => r.reqPerSec));
  const ratio = ratioOf(reqPerSec, median(baselineRounds.map((r) => r.reqPerSec)));
  const medians = { reqPerSec, p50Ms: median(rounds.map((r) => r.p50Ms)), p99Ms: median(rounds.map((r) => r.p99Ms)) };
  const keys = [...new Set(rounds.flatMap((r) => Object.keys(r.extra ?? {})))];
  const medianExtra = keys.length ? Object.fromEntries(keys.map((k) => [k, median(rounds.map((r) => r.extra?.[k] ?? 0))])) : undefined;
  return {
    name: scenario.name,
    description: scenario.description,
    target: scenario.target,
    request: `${scenario.method} ${scenario.path}`,
    rounds,
    median: medians,
    ...(medianExtra ? { medianExtra } : {}),
    ratioToBaseline: ratio,
    roundRatios: rounds.map((r, i) => ratioOf(r.reqPerSec, baselineRounds[i]?.reqPerSec ?? 0)),
    goal: goalOf(scenario, medians, ratio),
  };
}

function ratioOf(x: number, baseline: number): number {
  return baseline > 0 ? round(x / baseline, 3) : 0;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  if (s.length === 0) return 0;
  return s.length % 2 ? (s[mid] ?? 0) : round(((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2, 3);
}

export function loadAverage1m(): number {
  return round(loadavg()[0] ?? 0, 2);
}

/** loadAtStart: other work on a shared machine shows up here, and explains a noisy run. */
export function machine(loadAtStart: number) {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cpuCount: list.length,
    totalMemGiB: round(totalmem() / 2 ** 30, 1),
    os: `${type()} ${release()} ${arch()}`,
    node: process.version,
    loadAverage1m: { atStart: loadAtStart, atEnd: loadAverage1m() },
  };
}

export function markdownTable(summaries: ScenarioSummary[]): string {
  const rows = summaries.map((s) =>
    [s.name, s.target, s.median.reqPerSec.toLocaleString('en-US'), s.median.p50Ms.toFixed(2), s.median.p99Ms.toFixed(2), s.ratioToBaseline.toFixed(2)].join(' | '),
  );
  return [
    '| scenario | target | median req/s | p50 ms | p99 ms | ratio to baseline |',
    '|---|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

/** The stateful scenarios' own figures (medians of rounds), one line each, for the summary. */
export function extraLines(summaries: ScenarioSummary[]): string[] {
  const lines = summaries.filter((s) => s.medianExtra).map((s) => `- ${s.name} (medians): ${Object.entries(s.medianExtra ?? {}).map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`).join(', ')}`);
  return lines.length ? [...lines, ''] : [];
}

export function goalLines(summaries: ScenarioSummary[]): string[] {
  const label = { ratio: 'ratio', p99Ms: 'p99 ms', reqPerSec: 'req/s' } as const;
  const flip = { '>=': '<', '<=': '>' } as const;
  return summaries.flatMap((s) =>
    (s.goal?.checks ?? []).map((c) => `${s.name}: ${label[c.what]} ${c.what === 'ratio' ? c.actual.toFixed(2) : c.actual} ${c.met ? c.bound : flip[c.bound]} ${c.target} — goal ${c.met ? 'met' : 'missed'}`),
  );
}

/** One file per run, named by its start time (UTC, to the second), so runs never overwrite each other. */
export const resultFileName = (startedAt: string, label: string) => `${startedAt.slice(0, 19).replace(/:/g, '').replace('T', '-')}-${label}.json`;

export async function writeResults(dir: string, label: string, startedAt: string, record: Record<string, unknown>, markdown: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, resultFileName(startedAt, label));
  await writeFile(file, `${JSON.stringify(record, null, 2)}\n`);
  await writeFile(join(dir, 'latest.md'), markdown);
  return file;
}
