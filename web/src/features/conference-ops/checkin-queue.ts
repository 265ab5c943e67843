// The check-in page's memory on this device (localStorage): the device's id (staff may rename it, e.g.
// "door-2"), and the queue of scans not yet acknowledged by the server, one queue per scope (an event, for
// operators; the door's own scope for a check-in device, checkin-api.ts). A scan is
// written here before anything is sent, so a page reload or a Wi-Fi outage loses nothing; the server
// answers a replayed scan from what it stored (by scanId), so sending one twice is harmless.
export type QueuedScan =
  | { kind: 'token'; scanId: string; token: string; scannedAt: string; deviceId: string }
  | { kind: 'manual'; scanId: string; registrationId: string; label: string; scannedAt: string; deviceId: string };

const DEVICE_KEY = 'gateway.checkin.device';
const queueKey = (scope: string) => `gateway.checkin.queue.${scope}`;
export const DEVICE_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
export const MAX_TOKEN_LENGTH = 512;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The device's id, made once per browser ("web-" and 8 random characters). */
export function deviceId(): string {
  const store = storage();
  const stored = store?.getItem(DEVICE_KEY);
  if (stored && DEVICE_PATTERN.test(stored)) return stored;
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const made = `web-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
  store?.setItem(DEVICE_KEY, made);
  return made;
}

/** Renames this device: spaces become dashes, anything else outside [A-Za-z0-9._:-] is dropped; null if nothing is left. */
export function renameDevice(name: string): string | null {
  const clean = name.trim().replace(/\s+/g, '-').replace(/[^A-Za-z0-9._:-]/g, '').slice(0, 64);
  if (!DEVICE_PATTERN.test(clean)) return null;
  storage()?.setItem(DEVICE_KEY, clean);
  return clean;
}

const isScan = (v: unknown): v is QueuedScan => {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  const common = typeof s['scanId'] === 'string' && typeof s['scannedAt'] === 'string' && typeof s['deviceId'] === 'string';
  return common && ((s['kind'] === 'token' && typeof s['token'] === 'string') || (s['kind'] === 'manual' && typeof s['registrationId'] === 'string'));
};

export function readQueue(scope: string): QueuedScan[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(queueKey(scope)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isScan) : [];
  } catch {
    return [];
  }
}

function writeQueue(scope: string, scans: QueuedScan[]): void {
  const store = storage();
  if (!store) return;
  if (scans.length === 0) store.removeItem(queueKey(scope));
  else store.setItem(queueKey(scope), JSON.stringify(scans));
}

/** Adds a scan to the end of the queue; answers the queue as it now is. */
export function enqueue(scope: string, scan: QueuedScan): QueuedScan[] {
  const next = [...readQueue(scope), scan];
  writeQueue(scope, next);
  return next;
}

/** Drops the scans the server answered (read again first: another tab may have added some meanwhile). */
export function acknowledge(scope: string, scanIds: ReadonlySet<string>): QueuedScan[] {
  const next = readQueue(scope).filter((s) => !scanIds.has(s.scanId));
  writeQueue(scope, next);
  return next;
}

/** The key other tabs' changes arrive under (the `storage` event). */
export const queueStorageKey = queueKey;

/** A fresh scan id (UUID v4), also where crypto.randomUUID is missing (older Safari, insecure origins). */
export function newScanId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
