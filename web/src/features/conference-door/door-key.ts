// A check-in device's memory (localStorage): its key — it arrives once, in the door link's #key=…
// fragment, which never reaches a server — and the last summary the server gave for it (event, time
// zone, device name), so a reload without Wi-Fi still opens the desk and queues scans.
import { keyFromFragment } from '../conference/attendee-api';

const STORAGE_KEY = 'gateway.checkin.door';

export type DoorSummary = {
  device: { id: string; name: string };
  event: { id: string; name: string; timeZone: string; startsOn: string; endsOn: string; days: string[]; venueName: string };
};
type Kept = { key: string; summary: DoorSummary | null };

function read(): Kept | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<Kept> | null;
    return parsed && typeof parsed.key === 'string' ? { key: parsed.key, summary: parsed.summary ?? null } : null;
  } catch {
    return null;
  }
}

function write(kept: Kept): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
    return read()?.key === kept.key;
  } catch {
    return false;
  }
}

export type DoorKey = { key: string | null; summary: DoorSummary | null; fromFragment: boolean; kept: boolean };

/** The key from the link's fragment (kept on this device, replacing another one), else the kept one. */
export function resolveDoorKey(hash: string): DoorKey {
  const fromFragment = keyFromFragment(hash);
  const kept = read();
  if (fromFragment) {
    const same = kept?.key === fromFragment;
    return { key: fromFragment, summary: same ? kept.summary : null, fromFragment: true, kept: write({ key: fromFragment, summary: same ? kept.summary : null }) };
  }
  return { key: kept?.key ?? null, summary: kept?.summary ?? null, fromFragment: false, kept: true };
}

export function keepSummary(key: string, summary: DoorSummary): void {
  if (read()?.key === key) write({ key, summary });
}

/** Forgets a key the server refused (revoked, unknown), unless a newer link replaced it meanwhile. */
export function forgetDoorKey(key: string): void {
  try {
    if (read()?.key === key) localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
