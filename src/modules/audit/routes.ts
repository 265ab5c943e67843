import { Type } from 'typebox';
import type { Db } from '../../db/database.js';
import { errorResponses, Page, PageQuery, toPage, type App } from '../../platform/http.js';
import { listAuditEntries } from './repo.js';

const AuditEntry = Type.Object({
  id: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.String(),
  data: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

const Filter = Type.Object({
  subjectType: Type.Optional(Type.String({ maxLength: 40 })),
  subjectId: Type.Optional(Type.String({ maxLength: 64 })),
  actorId: Type.Optional(Type.String({ maxLength: 64 })),
  action: Type.Optional(Type.String({ maxLength: 80 })),
});

export function registerAuditRoutes(app: App, db: Db): void {
  app.get(
    '/api/v1/ops/audit',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['operations'],
        summary: 'The audit trail: who did what, newest first',
        querystring: Type.Intersect([PageQuery, Filter]),
        response: { 200: Page(AuditEntry), ...errorResponses },
      },
    },
    async (request) => {
      const { limit = 50, cursor, ...filter } = request.query;
      const rows = await listAuditEntries(db, filter, limit + 1, cursor);
      return toPage(rows, limit, (r) => ({
        id: r.id,
        actorId: r.actor_id,
        actorRole: r.actor_role,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        data: r.data ? (JSON.parse(r.data) as Record<string, unknown>) : null,
        requestId: r.request_id,
        createdAt: r.created_at,
      }));
    },
  );
}
