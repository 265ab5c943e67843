// SQL for check-in devices: insert, list an event's devices, find one by id or by its key's hash,
// revoke (once), and note when a device was last seen.
import type { Selectable } from 'kysely';
import type { DbOrTrx } from '../../db/database.js';
import type { ConfCheckinDevicesTable } from '../../db/schema.js';

export type DeviceRow = Selectable<ConfCheckinDevicesTable>;

export async function insertDevice(db: DbOrTrx, row: DeviceRow): Promise<void> {
  await db.insertInto('conf_checkin_devices').values(row).execute();
}

export const listDevices = (db: DbOrTrx, eventId: string) =>
  db.selectFrom('conf_checkin_devices').selectAll().where('event_id', '=', eventId).orderBy('created_at').orderBy('id').execute();

export const findDevice = (db: DbOrTrx, id: string) => db.selectFrom('conf_checkin_devices').selectAll().where('id', '=', id).executeTakeFirst();

export const findDeviceByKeyHash = (db: DbOrTrx, keyHash: string) =>
  db.selectFrom('conf_checkin_devices').selectAll().where('key_hash', '=', keyHash).executeTakeFirst();

/** Revokes the device unless it already is: the row count says whether this call did. */
export async function revokeDeviceRow(db: DbOrTrx, id: string, at: string): Promise<boolean> {
  const res = await db.updateTable('conf_checkin_devices').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Notes the device as seen unless it was within the last minute (at most one write a minute per device). */
export async function touchDevice(db: DbOrTrx, id: string, at: string, notSince: string): Promise<void> {
  await db
    .updateTable('conf_checkin_devices')
    .set({ last_seen_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<', notSince)]))
    .execute();
}

/** Device names by id, for showing "first checked in by North door phone 1" rather than its id. */
export async function findDeviceNames(db: DbOrTrx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('conf_checkin_devices').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
