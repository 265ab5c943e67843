// The operators' view of the mail folder: with the default `file` transport nothing leaves the
// machine, so the messages the platform sent (order confirmations, invitations) are read here.
import { Type } from 'typebox';
import { errorResponses, type App } from './http.js';
import { readMailFolder } from './mailer.js';

const StoredMail = Type.Object({ id: Type.String(), from: Type.String(), to: Type.String(), subject: Type.String(), text: Type.String(), sentAt: Type.String() });

export function registerMailRoutes(app: App, mail: { transport: string; dir: string }): void {
  app.get(
    '/api/v1/ops/mail',
    {
      config: { access: ['operator'] },
      schema: {
        tags: ['operations'],
        summary: 'The newest messages in the local mail folder (MAIL_TRANSPORT=file), newest first',
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) }),
        response: { 200: Type.Object({ transport: Type.String(), items: Type.Array(StoredMail) }), ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return { transport: mail.transport, items: mail.transport === 'file' ? readMailFolder(mail.dir, request.query.limit ?? 50) : [] };
    },
  );
}
