// The CLI as an operator runs it: `npx gateway …` against a fresh database.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'gateway-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'db.sqlite')}`, SECRETS_DIR: join(dir, 'secrets'), MEDIA_DIR: join(dir, 'media'), PASSWORD_SCRYPT_N: String(2 ** 14) };

function gateway(args: string[], input?: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['bin/gateway.js', ...args], { env }, (err, stdout, stderr) =>
      resolve({ stdout, stderr, code: err ? ((err as { code?: number }).code ?? 1) : 0 }),
    );
    child.stdin?.end(input ?? '');
  });
}

describe('gateway CLI', () => {
  it('prints help listing its commands', async () => {
    const { stdout } = await run(process.execPath, ['bin/gateway.js', '--help'], { env });
    for (const command of ['migrate', 'seed', 'reindex-search', 'reconcile', 'create-operator', 'doctor']) expect(stdout).toContain(command);
  });

  it('doctor reports pending migrations, migrate applies them, then doctor is clean on the database', async () => {
    const before = await gateway(['doctor']);
    expect(before.code).toBe(1);
    expect(before.stdout).toMatch(/FAIL\s+migrations \(0\/\d+ applied\)/);
    const migrated = await gateway(['migrate']);
    expect(migrated.stdout).toContain('0001-foundation');
    const after = await gateway(['doctor']);
    expect(after.stdout).toMatch(/ok\s+migrations \((\d+)\/\1 applied\)/);
    expect(after.stdout).toMatch(/ok\s+database reachable \(sqlite\)/);
  });

  it('creates an operator from a password on stdin, refuses a weak one and a duplicate', async () => {
    const ok = await gateway(['create-operator', '--email', 'chief@gateway.example', '--name', 'Chief', '--password-stdin'], 'a solid passphrase\n');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Operator chief@gateway.example created \(usr_/);
    const weak = await gateway(['create-operator', '--email', 'other@gateway.example', '--name', 'Other', '--password-stdin'], 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('password: must be at least 10 characters');
    const dup = await gateway(['create-operator', '--email', 'chief@gateway.example', '--name', 'Chief', '--password-stdin'], 'a solid passphrase\n');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('already exists');
  });

  it('imports a positive list from a file, and refuses a bad one with its rows', async () => {
    const good = join(dir, 'list.csv');
    const bad = join(dir, 'bad.csv');
    writeFileSync(good, 'hs_code,description,remark_type,remark,cap_quantity,cap_unit\n08134090,其他干果,none,,,\n08021200,去壳杏仁,none,,,\n');
    writeFileSync(bad, 'hs_code,description,remark_type\n0813,x,none\n');
    const args = ['--announcement', '财政部等八部门公告2022年第7号', '--effective-from', '2022-03-01'];
    expect((await gateway(['import-positive-list', good, ...args, '--dry-run'])).stdout).toContain('Valid: 2 lines');
    expect((await gateway(['import-positive-list', good, ...args])).stdout).toMatch(/Imported 2 lines as version plv_/);
    const refused = await gateway(['import-positive-list', bad, ...args]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 2, hs_code: must be an 8-digit tariff line');
  });

  it('records FX rates one at a time or from a file, refusing typos', async () => {
    expect((await gateway(['set-fx-rate', '--rate', '7.1850', '--source', 'PBOC central parity'])).stdout).toMatch(/USD→CNY 7.1850 recorded \(fxr_/);
    const typo = await gateway(['set-fx-rate', '--rate', '718.50', '--source', 'typo']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('not a plausible USD→CNY rate');
    const file = join(dir, 'fx.csv');
    writeFileSync(file, 'base,quote,rate,source,effective_from\nUSD,CNY,7.19,PBOC,2026-01-02T00:00:00Z\nCNY,USD,0.139,PBOC,2026-01-02T00:00:00Z\n');
    expect((await gateway(['import-fx-rates', file])).stdout).toContain('Imported 2 rate(s).');
  });

  it('seeds idempotently', async () => {
    expect((await gateway(['seed'])).stdout).toMatch(/Demo data: \d+ user\(s\), 7 seller\(s\) and \d{2} product\(s\) created/);
    expect((await gateway(['seed'])).stdout).toContain('Demo data: 0 user(s), 0 seller(s) and 0 product(s) created');
  });

  it('reconciles reservations with orders on the seeded database', async () => {
    const { stdout, code } = await gateway(['reconcile']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Reservations reconciled: \d+ variant location\(s\) checked, 0 difference\(s\)\./);
  });

  it('rebuilds the search index over the seeded catalog', async () => {
    const { stdout, code } = await gateway(['reindex-search']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Search index rebuilt on sqlite: [1-9]\d* published product\(s\)/);
  });
});
