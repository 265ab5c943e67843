// Child processes under test: start, wait until they answer, stop (SIGTERM, then SIGKILL
// after 5 s). Servers run in their own processes so they do not share a core with the load.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export type Server = {
  name: string;
  baseUrl: string;
  /** The child's process id (diagnosis accounts its CPU time). */
  pid: number;
  /** Lines the process printed since it became ready (warnings and errors under load). */
  linesSinceReady(): string[];
  stop(): Promise<void>;
};

const live = new Set<ChildProcess>();

/** Last resort from a synchronous 'exit' handler: nothing can be awaited there. */
export function killAllNow(): void {
  for (const child of live) child.kill('SIGKILL');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export type StartOptions = {
  name: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
  port: number;
  readyPath: string;
  timeoutMs: number;
};

export async function startServer(opts: StartOptions): Promise<Server> {
  const child = spawn(process.execPath, opts.args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => live.delete(child));

  // Always drain the pipes: a child blocked on a full stdout would look like a slow server.
  const tail: string[] = [];
  let readyAt = -1;
  let total = 0;
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      total++;
      tail.push(line);
      if (tail.length > 40) tail.shift();
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const graceful = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!graceful) {
      child.kill('SIGKILL');
      await exited;
    }
  };

  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + opts.timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`${opts.name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${tail.join('\n')}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`${opts.name} did not answer GET ${opts.readyPath} with 200 within ${opts.timeoutMs / 1000} s:\n${tail.join('\n')}`);
      }
      if (await answers200(baseUrl + opts.readyPath)) break;
      await sleep(200);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  readyAt = total;

  return {
    name: opts.name,
    baseUrl,
    pid: child.pid ?? 0,
    linesSinceReady: () => tail.slice(Math.max(0, tail.length - (total - readyAt))),
    stop,
  };
}

async function answers200(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}
