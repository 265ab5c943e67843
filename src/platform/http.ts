// HTTP plumbing without business words: the app type, route access declarations, the single error
// mapper, request ids, pagination schemas.
import type {
  FastifyBaseLogger,
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import { AppError, httpStatus, type ErrorBody } from './errors.js';
import type { Role } from '../db/schema.js';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Who may call a route. Every /api route must declare one; a test walks all of them with every role. */
export type Access = 'public' | 'signed-in' | readonly Role[];

export type Actor = {
  userId: string;
  role: Role;
  name: string;
  email: string;
  sessionId: string;
  /** The seller organisation a seller user belongs to; null for applicants and other roles. */
  sellerId: string | null;
  sellerRole: 'owner' | 'staff' | null;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** false: a route called by another system with its own proof (a signed payment notification), not by a browser. */
    csrf?: false;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The actor of a route whose access excludes anonymous callers. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated', 'unauthenticated', 'Sign in first');
  return request.actor;
}

/** The seller organisation of a route for sellers; applicants without one get 403 no_organisation. */
export function sellerIdOf(request: FastifyRequest): string {
  const { sellerId } = actorOf(request);
  if (!sellerId) throw new AppError('forbidden', 'no_organisation', 'You do not belong to a seller organisation yet: apply to sell first');
  return sellerId;
}

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
  },
  { $id: 'Error' },
);

/** The responses every route may give besides its own: declared once so OpenAPI shows them. */
export const errorResponses = {
  400: Type.Ref('Error'),
  401: Type.Ref('Error'),
  403: Type.Ref('Error'),
  404: Type.Ref('Error'),
  409: Type.Ref('Error'),
  429: Type.Ref('Error'),
};

export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z]{3}_[0-9a-z]{26}$' })),
});

export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}

type ValidationIssue = { instancePath?: string; message?: string; params?: Record<string, unknown> };

function fieldOf(issue: ValidationIssue, context: string | undefined): string {
  const path = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const missing = issue.params?.['missingProperty'] ?? issue.params?.['requiredProperties'];
  const extra = issue.params?.['additionalProperty'];
  const leaf = typeof missing === 'string' ? missing : Array.isArray(missing) ? String(missing[0]) : typeof extra === 'string' ? extra : '';
  const field = [path, leaf].filter(Boolean).join('.');
  return field || context || 'body';
}

export function validationBody(error: FastifyError): ErrorBody {
  const context = (error as FastifyError & { validationContext?: string }).validationContext;
  const fields = (error.validation ?? []).map((v) => {
    const issue = v as ValidationIssue;
    const additional = issue.params?.['additionalProperty'];
    const message = typeof additional === 'string' ? 'is not an allowed field' : (issue.message ?? 'is invalid');
    return { field: fieldOf(issue, context), in: context ?? 'body', message };
  });
  const first = fields[0];
  return {
    error: {
      code: 'invalid_request',
      message: first ? `${first.field}: ${first.message}` : 'The request is invalid',
      details: { fields },
    },
  };
}

/** Maps any thrown value to a status and the one error body; never exposes internals for 5xx. */
export function installErrorHandling(app: App): void {
  app.setErrorHandler((error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      const body: ErrorBody = { error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) } };
      const retryAfter = error.details?.['retryAfterSeconds'];
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      return reply.status(httpStatus[error.kind]).send(body);
    }
    const fe = error as FastifyError;
    if (fe.validation) return reply.status(400).send(validationBody(fe));
    const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
    if (status >= 400 && status < 500) {
      const code = clientErrorCode(fe, status);
      return reply.status(status).send({ error: { code, message: clientErrorMessage(fe, status) } } satisfies ErrorBody);
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .status(500)
      .send({ error: { code: 'internal', message: `Something went wrong on our side. Quote request id ${request.id} when reporting it.` } } satisfies ErrorBody);
  });
}

function clientErrorCode(fe: FastifyError, status: number): string {
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'invalid_body';
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return 'csrf_invalid';
  }
  if (fe instanceof SyntaxError || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return 'invalid_json';
  return status === 404 ? 'not_found' : status === 405 ? 'method_not_allowed' : status === 429 ? 'rate_limited' : 'bad_request';
}

function clientErrorMessage(fe: FastifyError, status: number): string {
  if (fe instanceof SyntaxError) return `The body is not valid JSON: ${fe.message}`;
  if (fe.code?.startsWith('FST_CSRF')) return 'Missing or invalid CSRF token: send the token from GET /api/v1/auth/session in the x-csrf-token header';
  return fe.message || `Request failed with status ${status}`;
}

/** Cuts a page from rows fetched with limit + 1, so the extra row says whether another page exists. */
export function toPage<R extends { id: string }, T>(rows: R[], limit: number, map: (row: R) => T): { items: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  return { items: page.map(map), nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}
