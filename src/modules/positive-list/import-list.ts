import type { Db } from '../../db/database.js';
import type { PositiveListVersionsTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { parsePositiveList } from './parse-list.js';
import { findVersionBySha, insertLines, insertVersion } from './repo.js';

export type ListProvenance = { announcement: string; effectiveFrom: string; sourceName: string; notes?: string | undefined };

export type ImportOutcome = { dryRun: true; lineCount: number } | { dryRun: false; version: PositiveListVersionsTable };

/**
 * Loads an official list as a new version (versions are never edited: a correction is a new import).
 * Checks every line first; any problem rejects the whole file with the full report.
 */
export async function importPositiveList(ctx: Ctx & { db: Db }, bytes: Buffer, provenance: ListProvenance, options: { dryRun: boolean }): Promise<ImportOutcome> {
  const parsed = parsePositiveList(bytes);
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    throw new AppError('invalid', 'invalid_list', `The list has ${parsed.problems.length} problem(s); row ${first.row}, ${first.column}: ${first.message}`, {
      problems: parsed.problems.slice(0, 1000),
      problemCount: parsed.problems.length,
    });
  }
  if (options.dryRun) return { dryRun: true, lineCount: parsed.lines.length };
  if (await findVersionBySha(ctx.db, parsed.sha256, provenance.effectiveFrom)) {
    throw conflict('list_already_imported', `This file was already imported with effective date ${provenance.effectiveFrom}`);
  }
  const version: PositiveListVersionsTable = {
    id: newId('plv'),
    announcement: provenance.announcement,
    effective_from: provenance.effectiveFrom,
    source_name: provenance.sourceName,
    source_sha256: parsed.sha256,
    line_count: parsed.lines.length,
    notes: provenance.notes ?? null,
    imported_by: ctx.actor?.userId ?? null,
    imported_at: ctx.now.toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertVersion(trx, version);
    await insertLines(trx, parsed.lines.map((l) => ({ ...l, version_id: version.id })));
    await recordAudit({ ...ctx, db: trx }, {
      action: 'positive_list.imported',
      subjectType: 'positive_list_version',
      subjectId: version.id,
      data: { announcement: version.announcement, effectiveFrom: version.effective_from, lines: version.line_count, sha256: version.source_sha256 },
    });
  });
  return { dryRun: false, version };
}
