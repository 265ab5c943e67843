// pino options: request ids, and redaction of anything secret or personal. Fields marked personal in
// later modules (ID numbers, phones, addresses) are listed here too, so they never reach a log line.
import type { FastifyServerOptions } from 'fastify';
import { newId } from './ids.js';

export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.headers["x-registration-key"]',
  'req.headers["x-checkin-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.password_hash',
  '*.token',
  '*.csrfToken',
  '*.cookie',
  '*.idNumber',
  '*.id_number',
  '*.id_number_enc',
  '*.id_number_hash',
  '*.realName',
  '*.real_name',
  '*.mobile',
  '*.recipient',
  '*.street',
  '*.phone',
  '*.address',
  '*.email',
  '*.manageKey',
  '*.manage_key_hash',
  '*.ticket_nonce',
];

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function loggerOptions(level: string): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: {
      // The URL may carry a query; keep the path only, so search terms and tokens stay out.
      req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], id: req.id }),
    },
  };
}

export function genReqId(req: { headers: Record<string, string | string[] | undefined> }): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : newId('req');
}
