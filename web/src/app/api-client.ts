// The one way the web app talks to /api/v1: JSON in and out, the CSRF token on unsafe methods, and
// every failure turned into an ApiError carrying the server's code, message and field messages.
export type FieldProblem = { field: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldProblem[];

  constructor(status: number, code: string, message: string, fields: FieldProblem[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
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

type Query = Record<string, string | number | undefined | null>;
type Options = { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; query?: Query; signal?: AbortSignal };

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
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken ?? (await fetchCsrfToken());
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(withQuery(BASE + path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
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
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: { fields?: FieldProblem[] } } };
    const e = body.error;
    if (e?.code && e.message) return new ApiError(response.status, e.code, e.message, Array.isArray(e.details?.fields) ? e.details.fields : []);
  } catch {
    // Not JSON (a proxy error page, for instance): fall through to a generic error.
  }
  return new ApiError(response.status, 'http_error', `The server answered ${response.status} ${response.statusText}`.trim());
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => send<T>(path, { query, ...(signal ? { signal } : {}) }),
  post: <T>(path: string, body?: unknown) => send<T>(path, { method: 'POST', body }),
};
