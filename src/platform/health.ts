// Liveness (/healthz: the process answers) and readiness (/readyz: the database answers too).
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { Db } from '../db/database.js';
import type { App } from './http.js';

export function installHealth(app: App, db: Db, engine: string): void {
  const Health = Type.Object({ status: Type.String() });
  app.get('/healthz', { config: { access: 'public' }, schema: { tags: ['operations'], summary: 'Liveness', response: { 200: Health } } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: { tags: ['operations'], summary: 'Readiness: the database answers', response: { 200: Type.Object({ status: Type.String(), database: Type.String() }), 503: Type.Ref('Error') } },
    },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(db);
        return { status: 'ok', database: engine };
      } catch (err) {
        request.log.error({ err }, 'readiness check failed');
        return reply.status(503).send({ error: { code: 'database_unavailable', message: 'The database does not answer' } });
      }
    },
  );
}
