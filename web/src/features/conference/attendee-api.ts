// The attendee's key to a registration (no account needed): the manage key arrives once, in the answer
// to the registration and in the confirmation e-mail's link (/conference/registrations/<id>#key=<key>;
// the fragment never reaches the server). It is kept in localStorage by registration id, so a reload or
// a later visit on the same device works, and sent as the x-registration-key header on every attendee
// call. Files (badge PDF, .ics) need the header too: they are fetched and saved as a blob.
import { api, ApiError, apiUrl } from '../../app/api-client';

const storageKey = (registrationId: string) => `gateway.conference.key.${registrationId}`;
const KEY_PATTERN = /^[A-Za-z0-9_-]{20,128}$/;

/** The key in a `#key=…` fragment, if it looks like one. */
export function keyFromFragment(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return key && KEY_PATTERN.test(key) ? key : null;
}

/** Remembers the key on this device; false when storage is unavailable (then keep it in the address). */
export function rememberKey(registrationId: string, key: string): boolean {
  try {
    localStorage.setItem(storageKey(registrationId), key);
    return localStorage.getItem(storageKey(registrationId)) === key;
  } catch {
    return false;
  }
}

export function storedKey(registrationId: string): string | null {
  try {
    return localStorage.getItem(storageKey(registrationId));
  } catch {
    return null;
  }
}

export function forgetKey(registrationId: string): void {
  try {
    localStorage.removeItem(storageKey(registrationId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const e = (JSON.parse(text) as { error?: { code?: string; message?: string; details?: Record<string, unknown> } }).error;
    if (e?.code && e.message) return new ApiError(response.status, e.code, e.message, e.details ?? {});
  } catch {
    // Not the server's JSON error (a proxy page): a generic error below.
  }
  return new ApiError(response.status, 'http_error', `The server answered ${response.status}`);
}

async function sendRaw(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { credentials: 'same-origin', ...init });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network_error', 'Could not reach Gateway. Check your connection and try again.');
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

export type AttendeeApi = {
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, json?: unknown): Promise<T>;
  remove(path: string): Promise<void>;
  /** A file the attendee may read, as a Blob (the key goes in the header, so no plain link). */
  file(path: string): Promise<Blob>;
};

/** Calls under /conference/registrations/:id with the registration's key (when there is one). */
export function attendeeApi(registrationId: string, key: string | null): AttendeeApi {
  const base = `/conference/registrations/${encodeURIComponent(registrationId)}`;
  const headers: Record<string, string> = key ? { 'x-registration-key': key } : {};
  return {
    get: <T>(path: string, signal?: AbortSignal) => api.get<T>(base + path, undefined, signal, headers),
    post: <T>(path: string, json?: unknown) => api.post<T>(base + path, json, headers),
    remove: (path: string) => api.delete(base + path, headers),
    async file(path: string) {
      return (await sendRaw(base + path, { headers })).blob();
    },
  };
}

/** Saves a Blob under `fileName` through a temporary object URL (the browser's download). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
