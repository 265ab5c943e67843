// Where the check-in page's calls go, so one page serves two ways in: operators (their session, routes
// under /ops/conference/events/:id/checkins) and a check-in device at the door (no session: its key in
// the x-checkin-key header, routes under /conference/door/events/:id/checkins). Each has its own offline
// queue on the device, and its own answer to a 401 (re-read the session; the device was revoked).
import { api, type ApiError } from '../../app/api-client';
import type { AttendeeCard, ScanResult } from './conf-types';

export type TokenScan = { scanId: string; token: string; scannedAt: string; deviceId: string };
export type ManualScan = { scanId: string; registrationId: string; scannedAt: string; deviceId: string };

export type CheckinApi = {
  /** The offline queue's name on this device (localStorage). */
  queueScope: string;
  scans(scans: TokenScan[]): Promise<ScanResult[]>;
  manual(scan: ManualScan): Promise<ScanResult>;
  search(q: string, signal: AbortSignal): Promise<AttendeeCard[]>;
  /** Told of every 401: the session ended (operators) or the key no longer works (a door device). */
  refused(error: ApiError): void;
};

function bound(base: string, headers: Record<string, string> | undefined, queueScope: string, refused: (error: ApiError) => void): CheckinApi {
  return {
    queueScope,
    scans: async (scans) => (await api.post<{ results: ScanResult[] }>(base, { scans }, headers)).results,
    manual: (scan) => api.post<ScanResult>(`${base}/manual`, scan, headers),
    search: async (q, signal) => (await api.get<{ items: AttendeeCard[] }>(`${base}/search`, { q, limit: 20 }, signal, headers)).items,
    refused,
  };
}

/** An operator's check-in (session cookie); the queue keeps its old name, the event id. */
export const opsCheckinApi = (eventId: string, refused: (error: ApiError) => void): CheckinApi =>
  bound(`/ops/conference/events/${encodeURIComponent(eventId)}/checkins`, undefined, eventId, refused);

export const CHECKIN_KEY_HEADER = 'x-checkin-key';

/** A check-in device's calls, with its key. */
export const doorCheckinApi = (eventId: string, key: string, refused: (error: ApiError) => void): CheckinApi =>
  bound(`/conference/door/events/${encodeURIComponent(eventId)}/checkins`, { [CHECKIN_KEY_HEADER]: key }, `door.${eventId}`, refused);
