// The one way the web app talks to /api/v1: JSON in and out (or a file: multipart for uploads, the raw
// bytes for CSV), the CSRF token on unsafe methods, and every failure turned into an ApiError carrying
// the server's code, message, field messages and the rest of its details.
export type FieldProblem = { field: string; message: string };
export type ErrorDetails = { fields?: FieldProblem[]; [key: string]: unknown };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];
  readonly details: ErrorDetails;

  constructor(status: number, code: string, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.fields = Array.isArray(details.fields) ? details.fields : [];
  }

  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message;
  }
}

const BASE = '/api/v1';
let csrfToken: string | null = null;

/** The server hands out a new token on session reads, sign-in and sign-up; the newest one wins. */
export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

export type Query = Record<string, string | number | boolean | undefined | null>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
/** `json` is sent as JSON; `raw` (FormData, a File, text) is sent as is with its own content type. */
type Options = { method?: Method; json?: unknown; raw?: BodyInit; contentType?: string; query?: Query; signal?: AbortSignal; headers?: Record<string, string> };

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function fetchCsrfToken(): Promise<string> {
  const answer = await send<{ csrfToken: string }>('/auth/session', {});
  csrfToken = answer.csrfToken;
  return answer.csrfToken;
}

async function send<T>(path: string, options: Options, retried = false): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken ?? (await fetchCsrfToken());
  let body: BodyInit | null = null;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.raw !== undefined) {
    // FormData sets its own multipart boundary: never name a content type for it.
    if (options.contentType) headers['content-type'] = options.contentType;
    body = options.raw;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(BASE + path, options.query), { method, headers, credentials: 'same-origin', body, signal: options.signal ?? null });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'Could not reach Gateway. Check your connection and try again.');
  }
  if (response.ok) return (response.status === 204 ? undefined : await response.json()) as T;
  const error = await readError(response);
  // A token minted for an older session (e.g. one that expired) is refused once; fetch a fresh one and retry.
  if (error.code === 'csrf_invalid' && method !== 'GET' && !retried) {
    await fetchCsrfToken();
    return send<T>(path, options, true);
  }
  throw error;
}

async function readError(response: Response): Promise<ApiError> {
  if (response.status === 413) {
    // A proxy may refuse a large upload before the server sees it; keep the server's code either way.
    const text = await response.text().catch(() => '');
    const parsed = parseError(text);
    return parsed ? new ApiError(413, parsed.code, parsed.message, parsed.details) : new ApiError(413, 'file_too_large', 'The file is too large');
  }
  const parsed = parseError(await response.text().catch(() => ''));
  if (parsed) return new ApiError(response.status, parsed.code, parsed.message, parsed.details);
  return new ApiError(response.status, 'http_error', `The server answered ${response.status} ${response.statusText}`.trim());
}

function parseError(text: string): { code: string; message: string; details: ErrorDetails } | null {
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string; details?: ErrorDetails } };
    const e = body.error;
    if (e?.code && e.message) return { code: e.code, message: e.message, details: e.details && typeof e.details === 'object' ? e.details : {} };
  } catch {
    // Not JSON (a proxy error page, for instance): the caller falls back to a generic error.
  }
  return null;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal, headers?: Record<string, string>) =>
    send<T>(path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}), ...(headers ? { headers } : {}) }),
  post: <T>(path: string, json?: unknown, headers?: Record<string, string>) => send<T>(path, { method: 'POST', json, ...(headers ? { headers } : {}) }),
  put: <T>(path: string, json: unknown, headers?: Record<string, string>) => send<T>(path, { method: 'PUT', json, ...(headers ? { headers } : {}) }),
  patch: <T>(path: string, json: unknown, headers?: Record<string, string>) => send<T>(path, { method: 'PATCH', json, ...(headers ? { headers } : {}) }),
  delete: <T = void>(path: string, headers?: Record<string, string>) => send<T>(path, { method: 'DELETE', ...(headers ? { headers } : {}) }),
  /** One file as multipart/form-data in the field `file`, which is what the media endpoints read. */
  upload: <T>(path: string, file: Blob, query?: Query, fileName?: string) => {
    const form = new FormData();
    form.append('file', file, fileName ?? (file instanceof File ? file.name : 'upload'));
    return send<T>(path, { method: 'POST', raw: form, ...(query ? { query } : {}) });
  },
  /** A CSV file as the raw request body (positive list and catalog imports). */
  postCsv: <T>(path: string, csv: Blob | string, query?: Query) => send<T>(path, { method: 'POST', raw: csv, contentType: 'text/csv', ...(query ? { query } : {}) }),
};

/** Where a browser link downloads a file from the API (same origin, the session cookie goes along). */
export const apiUrl = (path: string, query?: Query) => withQuery(BASE + path, query);
