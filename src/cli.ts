// `npx gateway <command>`: operations tasks that run against the configured database.
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { sql } from 'kysely';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createDb, type DbHandle } from './db/database.js';
import { listMigrations, migrateToLatest } from './db/migrate.js';
import { createAccount, passwordProblem } from './modules/accounts/index.js';
import { seedDemo } from './modules/demo/index.js';
import { importPositiveList } from './modules/positive-list/index.js';
import { addFxRates, importFxRates } from './modules/pricing/index.js';
import { rebuildSearchIndex } from './modules/search/index.js';
import { reconcileReservations } from './modules/orders/index.js';
import { AppError } from './platform/errors.js';
import { loadOrCreateSecret } from './platform/secrets.js';

const out = (line: string) => process.stdout.write(`${line}\n`);

async function withDb<T>(fn: (handle: DbHandle, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = createDb(config.database);
  try {
    return await fn(handle, config);
  } finally {
    await handle.db.destroy();
  }
}

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  }
  // Interactive: ask twice, echo nothing.
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => write(s.startsWith(prompt) ? prompt : '');
      rl.question(prompt, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  if ((await ask('Repeat password: ')) !== first) throw new Error('The passwords do not match');
  return first;
}

const program = new Command()
  .name('gateway')
  .description('Gateway operations: database migrations, demo data, operator accounts, health checks.\nConfiguration comes from the environment (see README.md).');

program
  .command('migrate')
  .description('Apply every pending database migration (also done at start-up)')
  .action(() =>
    withDb(async ({ db, engine }) => {
      const { applied } = await migrateToLatest(db);
      out(applied.length ? `Applied ${applied.length} migration(s) on ${engine}: ${applied.join(', ')}` : `The ${engine} database is up to date.`);
    }),
  );

program
  .command('seed')
  .description('Create the demo operator, sellers and shoppers (idempotent: existing ones are kept)')
  .action(() =>
    withDb(async ({ db }, config) => {
      await migrateToLatest(db);
      const report = await seedDemo(db, { scryptN: config.passwordScryptN, media: config.media });
      out(`Demo data: ${report.created.users} user(s), ${report.created.sellers} seller(s) and ${report.created.products} product(s) created.`);
      for (const note of report.notes) out(`  note: ${note}`);
      for (const l of report.logins) out(`  ${l.role.padEnd(9)} ${l.email}  password: ${l.password}`);
    }),
  );

program
  .command('reindex-search')
  .description('Rebuild the storefront search index: every published product re-read and re-priced (run after a new FX rate or pricing settings, so list prices and price filters follow)')
  .action(() =>
    withDb(async ({ db, engine }) => {
      await migrateToLatest(db);
      const started = Date.now();
      const indexed = await rebuildSearchIndex(db, engine, new Date());
      out(`Search index rebuilt on ${engine}: ${indexed} published product(s) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }),
  );

program
  .command('reconcile')
  .description('Check that stock reserved per variant and location equals what unshipped orders hold; exits 1 when they differ')
  .action(() =>
    withDb(async ({ db }) => {
      await migrateToLatest(db);
      const { checked, differences } = await reconcileReservations(db);
      for (const d of differences) out(`  ${d.variantId} at ${d.location}: reserved ${d.reservedInStock}, held by orders ${d.heldByOrders}`);
      out(`Reservations reconciled: ${checked} variant location(s) checked, ${differences.length} difference(s).`);
      if (differences.length > 0) process.exitCode = 1;
    }),
  );

program
  .command('create-operator')
  .description('Create an operator (platform staff) account')
  .requiredOption('--email <email>', 'sign-in e-mail')
  .requiredOption('--name <name>', 'full name')
  .option('--password-stdin', 'read the password from standard input instead of prompting')
  .action((opts: { email: string; name: string; passwordStdin?: boolean }) =>
    withDb(async ({ db }, config) => {
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(opts.email)) throw new CliError('--email: is not an e-mail address');
      if (!opts.name.trim()) throw new CliError('--name: must not be empty');
      const password = await readPassword(Boolean(opts.passwordStdin));
      const problem = passwordProblem(password, opts.email);
      if (problem) throw new CliError(`password: ${problem}`);
      await migrateToLatest(db);
      const user = await createAccount(
        { db, actor: null, now: new Date(), requestId: null },
        { email: opts.email, name: opts.name, password, role: 'operator', locale: 'en-US' },
        config.passwordScryptN,
      );
      out(`Operator ${user.email} created (${user.id}).`);
    }),
  );

program
  .command('import-positive-list')
  .description('Load an official positive-list file (CSV, UTF-8) as a new version; a file with any problem is refused whole')
  .argument('<file>', 'CSV with columns hs_code, description, remark_type, remark, cap_quantity, cap_unit')
  .requiredOption('--announcement <text>', 'the announcement that published the list, e.g. "财政部等八部门公告2022年第7号"')
  .requiredOption('--effective-from <date>', 'the date (YYYY-MM-DD, China time) the list takes effect')
  .option('--notes <text>', 'anything operators should know about this version')
  .option('--dry-run', 'only validate and report')
  .action((file: string, opts: { announcement: string; effectiveFrom: string; notes?: string; dryRun?: boolean }) =>
    withDb(async ({ db }) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.effectiveFrom) || Number.isNaN(Date.parse(opts.effectiveFrom))) throw new CliError('--effective-from: must be a date like 2022-03-01');
      if (!existsSync(file)) throw new CliError(`${file}: no such file`);
      await migrateToLatest(db);
      try {
        const outcome = await importPositiveList(
          { db, actor: null, now: new Date(), requestId: null },
          readFileSync(file),
          { announcement: opts.announcement, effectiveFrom: opts.effectiveFrom, sourceName: file.split('/').pop() ?? file, notes: opts.notes },
          { dryRun: Boolean(opts.dryRun) },
        );
        out(outcome.dryRun ? `Valid: ${outcome.lineCount} lines (nothing imported: dry run).` : `Imported ${outcome.version.line_count} lines as version ${outcome.version.id}, in force from ${outcome.version.effective_from}.`);
      } catch (err) {
        const problems = err instanceof AppError ? (err.details?.['problems'] as Array<{ row: number; column: string; message: string }> | undefined) : undefined;
        if (!problems) throw err;
        for (const p of problems.slice(0, 50)) process.stderr.write(`row ${p.row}, ${p.column}: ${p.message}\n`);
        throw new CliError(`${String(err instanceof AppError ? err.details?.['problemCount'] : problems.length)} problem(s); nothing imported`);
      }
    }),
  );

program
  .command('set-fx-rate')
  .description('Record an FX rate (history is kept; the latest effective rate is in force)')
  .requiredOption('--rate <decimal>', 'units of the quote currency per 1 base, e.g. 7.1850')
  .requiredOption('--source <text>', 'where the rate comes from, e.g. "PBOC central parity 2026-11-25"')
  .option('--pair <pair>', 'USD-CNY (shopper prices) or CNY-USD (settlement)', 'USD-CNY')
  .option('--effective-from <iso>', 'when it takes effect (default: now)')
  .action((opts: { rate: string; source: string; pair: string; effectiveFrom?: string }) =>
    withDb(async ({ db }) => {
      if (opts.pair !== 'USD-CNY' && opts.pair !== 'CNY-USD') throw new CliError('--pair: must be USD-CNY or CNY-USD');
      const [base, quote] = opts.pair.split('-') as ['USD' | 'CNY', 'USD' | 'CNY'];
      await migrateToLatest(db);
      const [row] = await addFxRates({ db, actor: null, now: new Date(), requestId: null }, [
        { base, quote, rate: opts.rate, source: opts.source, effectiveFrom: opts.effectiveFrom ?? new Date().toISOString() },
      ]);
      out(`${base}→${quote} ${opts.rate} recorded (${row!.id}), in force from ${row!.effective_from}.`);
    }),
  );

program
  .command('import-fx-rates')
  .description('Import FX rates from a CSV file (base, quote, rate, source, effective_from); any problem refuses the file')
  .argument('<file>', 'the CSV file')
  .action((file: string) =>
    withDb(async ({ db }) => {
      if (!existsSync(file)) throw new CliError(`${file}: no such file`);
      await migrateToLatest(db);
      try {
        const rows = await importFxRates({ db, actor: null, now: new Date(), requestId: null }, readFileSync(file));
        out(`Imported ${rows.length} rate(s).`);
      } catch (err) {
        const problems = err instanceof AppError ? (err.details?.['problems'] as Array<{ row: number; column: string; message: string }> | undefined) : undefined;
        if (!problems) throw err;
        for (const p of problems.slice(0, 50)) process.stderr.write(`row ${p.row}, ${p.column}: ${p.message}\n`);
        throw new CliError(`${problems.length} problem(s); nothing imported`);
      }
    }),
  );

program
  .command('doctor')
  .description('Check the configuration, the database and the web build')
  .action(async () => {
    let failures = 0;
    const check = (ok: boolean, what: string, hint = '') => {
      out(`${ok ? 'ok  ' : 'FAIL'}  ${what}${!ok && hint ? `\n      ${hint}` : ''}`);
      if (!ok) failures++;
    };
    let config: Config;
    try {
      config = loadConfig();
      check(true, `configuration (${config.env}, port ${config.port})`);
    } catch (err) {
      check(false, 'configuration', (err as Error).message);
      process.exitCode = 1;
      return;
    }
    const handle = createDb(config.database);
    try {
      await sql`select 1`.execute(handle.db);
      check(true, `database reachable (${handle.engine})`);
      const migrations = await listMigrations(handle.db);
      const pending = migrations.filter((m) => !m.executedAt).map((m) => m.name);
      check(pending.length === 0, `migrations (${migrations.length - pending.length}/${migrations.length} applied)`, `pending: ${pending.join(', ')} — run: npx gateway migrate`);
    } catch (err) {
      check(false, `database reachable (${handle.engine})`, (err as Error).message);
    } finally {
      await handle.db.destroy();
    }
    const webBuilt = existsSync(new URL('../web/dist/index.html', import.meta.url));
    check(webBuilt, 'web app built (web/dist)', 'run: npm run build');
    if (config.cookieSecret) check(true, 'cookie secret (COOKIE_SECRET)');
    else {
      try {
        loadOrCreateSecret(config.secretsDir, 'cookie-secret');
        check(true, `cookie secret (file in ${config.secretsDir})`);
      } catch (err) {
        check(false, `cookie secret (file in ${config.secretsDir})`, (err as Error).message);
      }
    }
    out(failures ? `${failures} problem(s) found.` : 'All checks passed.');
    process.exitCode = failures ? 1 : 0;
  });

class CliError extends Error {}

program.parseAsync(process.argv).catch((err: unknown) => {
  const message = err instanceof ConfigError || err instanceof CliError || err instanceof AppError ? err.message : ((err as Error).stack ?? String(err));
  process.stderr.write(`gateway: ${message}\n`);
  process.exitCode = 1;
});
