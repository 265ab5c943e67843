// Summarises a V8 CPU profile of the gateway: where the main thread's time went, by package or source
// area and by function (self time), idle left out. orders-sql.ts uses it on the checkout phases only;
// from the command line it reads a file written by `BENCH_GATEWAY_NODE_ARGS="--cpu-prof …"`.
// Usage: npx tsx bench/orders-profile.ts <file.cpuprofile> [--from s] [--to s] [--top 30]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
export type CpuProfile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };
/** Windows in the profile's clock (µs, the same as process.hrtime on Linux), or since its start with `relative`. */
export type Window = { from: number; to: number };

/** Where a frame's code lives: a package, an area of the app, or V8's own buckets. */
function areaOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : `(native) ${name}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const app = /\/(?:dist|src)\/(.+?)\/[^/]+\.[jt]s$/.exec(url) ?? /\/(?:dist|src)\/([^/]+)\.[jt]s$/.exec(url);
  if (app) return `app: ${app[1]}`;
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/')[0]}`;
  return url;
}

/** Lines of text: busy time in the windows, then the top areas and functions by self time. */
export function summariseProfile(profile: CpuProfile, windows: Window[], top = 25): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfByFn = new Map<string, number>();
  const selfByArea = new Map<string, number>();
  let t = profile.startTime;
  let busy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    if (!windows.some((w) => t >= w.from && t <= w.to)) continue;
    const node = byId.get(profile.samples[i]!);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    busy += dt;
    const fn = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*\/(node_modules|dist|src)\//, '$1/')}:${lineNumber + 1}` : ''}`;
    selfByFn.set(fn, (selfByFn.get(fn) ?? 0) + dt);
    const area = areaOf(url, functionName);
    selfByArea.set(area, (selfByArea.get(area) ?? 0) + dt);
  }
  const span = windows.reduce((s, w) => s + Math.min(w.to, profile.endTime) - Math.max(w.from, profile.startTime), 0);
  const pct = (x: number) => `${((100 * x) / busy).toFixed(1).padStart(5)} %`;
  return [
    `main thread busy ${(busy / 1e6).toFixed(2)} s of ${(span / 1e6).toFixed(2)} s (${((100 * busy) / span).toFixed(0)} %); shares below are of the busy time`,
    'self time by area:',
    ...[...selfByArea].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `  ${pct(v)}  ${k}`),
    'self time by function:',
    ...[...selfByFn].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `  ${pct(v)}  ${k}`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' }, top: { type: 'string' } } });
  const file = positionals[0];
  if (!file) throw new Error('usage: tsx bench/orders-profile.ts <file.cpuprofile> [--from s] [--to s] [--top n]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const from = profile.startTime + Number(values.from ?? 0) * 1e6;
  const to = values.to ? profile.startTime + Number(values.to) * 1e6 : profile.endTime;
  // Busy share per 5 s since the start: the measured rounds are the long busy stretches, pick --from/--to there.
  const buckets: number[] = [];
  let clock = 0;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (let i = 0; i < profile.samples.length; i++) {
    clock += profile.timeDeltas[i] ?? 0;
    if (byId.get(profile.samples[i]!)?.callFrame.functionName === '(idle)') continue;
    const b = Math.floor(clock / 5e6);
    buckets[b] = (buckets[b] ?? 0) + (profile.timeDeltas[i + 1] ?? 0);
  }
  console.log(`busy per 5 s: ${Array.from(buckets, (v, i) => `${i * 5}s ${Math.round(((v ?? 0) / 5e6) * 100)}%`).join(', ')}\n`);
  for (const line of summariseProfile(profile, [{ from, to }], Number(values.top ?? 30))) console.log(line);
}
