// The check-in page's engine: every scan is queued on the device first (checkin-queue.ts), then a sync
// loop sends the queue — token scans in batches to POST …/checkins, search check-ins one by one to
// POST …/checkins/manual, through the page's binding (checkin-api.ts: an operator's or a door device's) —
// whenever the browser is online: at once, on the `online` event, every few
// seconds while something waits, and with a growing pause after a network or server failure. What the
// server acknowledged leaves the queue; its answer is kept per scan for the page to show.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../app/api-client';
import type { CheckinApi } from './checkin-api';
import { acknowledge, deviceId as storedDeviceId, enqueue, MAX_TOKEN_LENGTH, newScanId, queueStorageKey, readQueue, renameDevice, type QueuedScan } from './checkin-queue';
import type { ScanResult } from './conf-types';

const BATCH = 100;
const POLL_MS = 5_000;
const MAX_BACKOFF_MS = 30_000;

export type ScanState = { scanId: string; label: string; at: string; result: ScanResult | null };

/** The next scans to send: up to `batch` ticket scans (one request), or else the first search check-in. */
export function nextPart(pending: QueuedScan[], batch: number): QueuedScan[] {
  const tokens = pending.filter((s) => s.kind === 'token').slice(0, batch);
  if (tokens.length) return tokens;
  const manual = pending.find((s) => s.kind === 'manual');
  return manual ? [manual] : [];
}

/** Network failures and server errors are worth retrying; a refusal of the request itself is not. */
const retryable = (e: unknown) => e instanceof ApiError && (e.status === 0 || e.status >= 500 || e.status === 429);

export function useCheckinSync(binding: CheckinApi) {
  const scope = binding.queueScope;
  const [queue, setQueue] = useState<QueuedScan[]>(() => readQueue(scope));
  const [recent, setRecent] = useState<ScanState[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [syncError, setSyncError] = useState<unknown>(null);
  const [device, setDevice] = useState(storedDeviceId);
  const running = useRef(false);
  const again = useRef(false);
  const failures = useRef(0);
  const retryTimer = useRef<number | undefined>(undefined);

  // Answers for scans queued before a reload (not in this page's list yet) are added to it too.
  const record = useCallback((answers: ScanResult[], sent: QueuedScan[]) => {
    const byId = new Map(answers.map((a) => [a.scanId, a]));
    setRecent((list) => {
      const known = new Set(list.map((s) => s.scanId));
      const earlier = sent
        .filter((s) => byId.has(s.scanId) && !known.has(s.scanId))
        .map((s) => ({ scanId: s.scanId, label: s.kind === 'manual' ? s.label : `…${s.token.slice(-6)}`, at: s.scannedAt, result: byId.get(s.scanId)! }));
      return [...list.map((s) => (byId.has(s.scanId) ? { ...s, result: byId.get(s.scanId)! } : s)), ...earlier].slice(0, 20);
    });
  }, []);

  /** Sends the next part of the queue: up to `batch` ticket scans in one request, else one search check-in. */
  const sendOnce = useCallback(
    async (part: QueuedScan[]): Promise<ScanResult[]> => {
      const tokens = part.filter((s): s is Extract<QueuedScan, { kind: 'token' }> => s.kind === 'token');
      if (tokens.length) {
        return binding.scans(tokens.map(({ scanId, token, scannedAt, deviceId }) => ({ scanId, token, scannedAt, deviceId })));
      }
      const manual = part.find((s): s is Extract<QueuedScan, { kind: 'manual' }> => s.kind === 'manual');
      if (!manual) return [];
      const { scanId, registrationId, scannedAt, deviceId } = manual;
      try {
        return [await binding.manual({ scanId, registrationId, scannedAt, deviceId })];
      } catch (e) {
        // Not a registration of this event (any more): answered, so it leaves the queue.
        if (e instanceof ApiError && e.status === 404) return [{ scanId, result: 'invalid', reason: 'unknown_ticket' }];
        throw e;
      }
    },
    [binding],
  );

  const flush = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    window.clearTimeout(retryTimer.current);
    let batch = BATCH;
    try {
      for (let pending = readQueue(scope); pending.length > 0 && navigator.onLine; pending = readQueue(scope)) {
        const part = nextPart(pending, batch);
        let answers: ScanResult[];
        try {
          answers = await sendOnce(part);
        } catch (e) {
          // A refused request (400): send one scan at a time to find the one at fault, and drop that one alone.
          if (!(e instanceof ApiError && e.status === 400)) throw e;
          if (part.length > 1) {
            batch = 1;
            continue;
          }
          answers = part.map((s) => ({ scanId: s.scanId, result: 'invalid' as const, reason: 'malformed' }));
        }
        setQueue(acknowledge(scope, new Set(answers.map((a) => a.scanId))));
        record(answers, pending);
        failures.current = 0;
        setSyncError(null);
      }
    } catch (e) {
      setSyncError(e);
      if (e instanceof ApiError && e.status === 401) binding.refused(e);
      if (retryable(e)) {
        failures.current += 1;
        retryTimer.current = window.setTimeout(() => void flush(), Math.min(MAX_BACKOFF_MS, 1000 * 2 ** failures.current));
      }
    } finally {
      running.current = false;
      setQueue(readQueue(scope));
      if (again.current) {
        again.current = false;
        void flush();
      }
    }
  }, [scope, record, binding, sendOnce]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      failures.current = 0;
      void flush();
    };
    const down = () => setOnline(false);
    const otherTab = (e: StorageEvent) => {
      if (e.key === queueStorageKey(scope)) setQueue(readQueue(scope));
    };
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    window.addEventListener('storage', otherTab);
    const poll = window.setInterval(() => {
      setOnline(navigator.onLine);
      if (readQueue(scope).length > 0 && failures.current === 0) void flush();
    }, POLL_MS);
    void flush();
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
      window.removeEventListener('storage', otherTab);
      window.clearInterval(poll);
      window.clearTimeout(retryTimer.current);
    };
  }, [scope, flush]);

  const remember = (scan: QueuedScan, label: string) => {
    setQueue(enqueue(scope, scan));
    setRecent((list) => [{ scanId: scan.scanId, label, at: scan.scannedAt, result: null }, ...list].slice(0, 20));
    void flush();
    return scan.scanId;
  };

  /** Queues a scanned or typed ticket code; answers its scan id, or null for text that cannot be a ticket. */
  const scanToken = (text: string): string | null => {
    const token = text.trim();
    if (!token || token.length > MAX_TOKEN_LENGTH) return null;
    return remember({ kind: 'token', scanId: newScanId(), token, scannedAt: new Date().toISOString(), deviceId: device }, `…${token.slice(-6)}`);
  };

  /** Queues a check-in of someone found by search. */
  const checkInById = (registrationId: string, label: string): string =>
    remember({ kind: 'manual', scanId: newScanId(), registrationId, label, scannedAt: new Date().toISOString(), deviceId: device }, label);

  const rename = (name: string): boolean => {
    const next = renameDevice(name);
    if (next) setDevice(next);
    return next !== null;
  };

  return { queue, recent, online, syncError, device, scanToken, checkInById, rename, syncNow: () => void flush() };
}
