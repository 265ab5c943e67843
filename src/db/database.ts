// createDb: one Kysely type over two engines. SQLite (better-sqlite3, WAL) is the embedded default;
// PostgreSQL (pg) when DATABASE_URL is postgres://…
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase, type SqliteDialectConfig, type Transaction } from 'kysely';
import type { Config } from '../config.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
export type DbOrTrx = Db | Trx;
export type Engine = 'sqlite' | 'postgres';

/** schema: the PostgreSQL schema the tables live in, when not the default (tests use one per app). */
export type DbHandle = { db: Db; engine: Engine; schema?: string };

// int8 (bigint) comes back as a string by default; our integers (minor units, counts) fit in 2^53.
pg.types.setTypeParser(20, (value) => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error('int8 value outside the safe integer range');
  return n;
});

const STATEMENT_CACHE = 500;

/**
 * The SQLite handle Kysely sees, with its prepared statements kept (the 500 most recently used, by
 * SQL text): Kysely prepares every query anew, and preparing an FTS or facet statement costs more
 * than running it. Safe because better-sqlite3 runs a statement to completion before returning
 * (Kysely's streaming, which would hold one open, is not used here) and re-prepares a statement
 * itself after a schema change.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    let stmt = statements.get(source);
    if (stmt) statements.delete(source);
    else stmt = sqlite.prepare(source);
    statements.set(source, stmt);
    if (statements.size > STATEMENT_CACHE) statements.delete(statements.keys().next().value!);
    return stmt;
  };
  return { prepare, close: () => sqlite.close() };
}

/**
 * SQLite transactions take the write lock as they begin (BEGIN IMMEDIATE), waiting up to busy_timeout
 * for it. A deferred BEGIN that reads first and writes later cannot wait: when another process (a
 * second server, the CLI) holds or has since taken the lock, the upgrade fails at once with
 * SQLITE_BUSY or SQLITE_BUSY_SNAPSHOT. In one process nothing changes: Kysely runs one transaction at
 * a time on the single connection anyway.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #settings: SqliteDialectConfig;
  constructor(settings: SqliteDialectConfig) {
    super(settings);
    this.#settings = settings;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#settings);
  }
}

export function createDb(options: Config['database'] & { searchPath?: string }): DbHandle {
  if (options.kind === 'sqlite') {
    if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
    const sqlite = new SQLite(options.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${options.synchronous}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    return { db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) }), engine: 'sqlite' };
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolMax,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // An idle client's network error must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres', ...(options.searchPath ? { schema: options.searchPath } : {}) };
}
