// Check-in devices (as pretix does it): a phone or laptop at the door checks attendees in without an
// operator's account. An operator creates a device for one event and hands its link over (the key is in
// the link's fragment and shown once; only its SHA-256 is stored); the device sends the key in the
// x-checkin-key header, may use the door's check-in routes of its own event and nothing else, and stops
// working the moment it is revoked. A device acts as nobody (actor null): its check-ins carry its id.
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { findDevice, findDeviceByKeyHash, insertDevice, revokeDeviceRow, touchDevice, type DeviceRow } from './checkin-device-repo.js';
import { hashManageKey, newManageKey } from './registration-access.js';

export const CHECKIN_KEY_HEADER = 'x-checkin-key';
/** Where a device's link opens; the key follows in the fragment, which browsers never send to a server. */
export const DOOR_PATH = '/conference/door';
const KEY_PATTERN = /^[A-Za-z0-9_-]{20,128}$/;
const SEEN_EVERY_MS = 60_000;

export type DeviceView = { id: string; eventId: string; name: string; createdAt: string; createdBy: string; revokedAt: string | null; lastSeenAt: string | null };

export const deviceView = (row: DeviceRow): DeviceView => ({
  id: row.id, eventId: row.event_id, name: row.name, createdAt: row.created_at, createdBy: row.created_by, revokedAt: row.revoked_at, lastSeenAt: row.last_seen_at,
});

/** A new device for the event; its key is in the answer and nowhere else. */
export async function createDevice(ctx: Ctx & { db: Db }, eventId: string, name: string): Promise<{ device: DeviceView; key: string }> {
  const { key, hash } = newManageKey();
  const row: DeviceRow = { id: newId('ccd'), event_id: eventId, name, key_hash: hash, created_by: ctx.actor?.userId ?? 'system', created_at: ctx.now.toISOString(), revoked_at: null, last_seen_at: null };
  await ctx.db.transaction().execute(async (trx) => {
    await insertDevice(trx, row);
    await recordAudit({ ...ctx, db: trx }, { action: 'conference.checkin_device_created', subjectType: 'conf_checkin_device', subjectId: row.id, data: { eventId, name } });
  });
  return { device: deviceView(row), key };
}

/** Revokes the device (its key stops working at once); revoking it again changes nothing. */
export async function revokeDevice(ctx: Ctx & { db: Db }, deviceId: string): Promise<DeviceView> {
  const row = await ctx.db.transaction().execute(async (trx) => {
    const current = await findDevice(trx, deviceId);
    if (!current) throw notFound('Check-in device');
    if (await revokeDeviceRow(trx, deviceId, ctx.now.toISOString())) {
      await recordAudit({ ...ctx, db: trx }, { action: 'conference.checkin_device_revoked', subjectType: 'conf_checkin_device', subjectId: deviceId, data: { eventId: current.event_id, name: current.name } });
    }
    return findDevice(trx, deviceId);
  });
  return deviceView(row!);
}

const refused = (code: string, message: string) => new AppError('unauthenticated', code, message);

/**
 * The device whose key the request carries, if it may act for `eventId` (null: any event, for the
 * device's own summary); otherwise 401 with what is wrong (no key, unknown key, revoked, other event).
 */
export async function deviceOfRequest(db: Db, request: FastifyRequest, eventId: string | null, now: Date): Promise<DeviceRow> {
  const raw = request.headers[CHECKIN_KEY_HEADER];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (!key) throw refused('checkin_key_missing', `Send this device's check-in key in the ${CHECKIN_KEY_HEADER} header`);
  const device = KEY_PATTERN.test(key) ? await findDeviceByKeyHash(db, hashManageKey(key)) : undefined;
  if (!device) throw refused('checkin_key_invalid', 'This check-in key is not valid: ask an operator for the device’s link');
  if (device.revoked_at !== null) throw refused('checkin_key_revoked', 'This check-in device was revoked: ask an operator for a new link');
  if (eventId !== null && device.event_id !== eventId) throw refused('checkin_key_other_event', 'This check-in device belongs to another event');
  if (device.last_seen_at === null || Date.parse(device.last_seen_at) <= now.getTime() - SEEN_EVERY_MS) {
    await touchDevice(db, device.id, now.toISOString(), new Date(now.getTime() - SEEN_EVERY_MS).toISOString());
  }
  return device;
}

/** What a device does is done by nobody signed in (even if the browser also holds a session): its id says who. */
export const deviceContext = (db: Db, request: FastifyRequest, now: Date): Ctx & { db: Db } => ({ db, actor: null, now, requestId: request.id });
