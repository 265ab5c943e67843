// Runs the migration set to the latest version. Called at start-up and by `gateway migrate`.
import { Migrator, type MigrationResultSet } from 'kysely';
import type { Db } from './database.js';
import { migrations } from './migrations/index.js';

const migratorFor = (db: Db, schema?: string) =>
  new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(schema ? { migrationTableSchema: schema } : {}) });

export async function migrateToLatest(db: Db, schema?: string): Promise<{ applied: string[] }> {
  const migrator = migratorFor(db, schema);
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? '?'} failed: ${String(result.error)}`, { cause: result.error });
  }
  return { applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

export async function listMigrations(db: Db, schema?: string): Promise<{ name: string; executedAt: Date | undefined }[]> {
  const migrator = migratorFor(db, schema);
  return (await migrator.getMigrations()).map((m) => ({ name: m.name, executedAt: m.executedAt }));
}
