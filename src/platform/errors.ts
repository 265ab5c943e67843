// One error type for the whole service. Operations throw AppError; the HTTP layer maps the kind to a
// status in one place (httpStatus) and answers { error: { code, message, details } }.

export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'gone'
  | 'rate_limited'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'unavailable';

export const httpStatus: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

export type ErrorDetails = Record<string, unknown>;

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly details: ErrorDetails | undefined;

  constructor(kind: ErrorKind, code: string, message: string, details?: ErrorDetails) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.details = details;
  }
}

/** A field-level validation failure, shaped like schema-validation errors so clients handle one form. */
export function invalidField(field: string, message: string, code = 'invalid_request'): AppError {
  return new AppError('invalid', code, `${field}: ${message}`, { fields: [{ field, message }] });
}

export const notFound = (what: string) => new AppError('not_found', 'not_found', `${what} not found`);
export const forbidden = (message = 'You do not have access to this') => new AppError('forbidden', 'forbidden', message);
export const unauthenticated = (message = 'Sign in first') => new AppError('unauthenticated', 'unauthenticated', message);
export const conflict = (code: string, message: string, details?: ErrorDetails) => new AppError('conflict', code, message, details);

export type ErrorBody = { error: { code: string; message: string; details?: ErrorDetails } };
