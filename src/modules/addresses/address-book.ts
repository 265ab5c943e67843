// The shopper's address book: add, change, delete and choose the default, each in one transaction with
// its audit entry. Audit entries name the address and which fields changed, never the values: the
// recipient, phone and street are personal information that the audit trail does not need.
import type { DbOrTrx } from '../../db/database.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { PROVINCE_ZONES } from '../pricing/index.js';
import { ADDRESS_FIELDS, checkAddress, maskPhone, type Address, type AddressInput } from './address-rules.js';
import {
  countLiveAddresses,
  findAddress,
  findDefaultAddress,
  insertAddress,
  listLiveAddresses,
  lockAddressBook,
  markDeleted,
  setMadeDefaultAt,
  updateAddress,
  type AddressRow,
} from './repo.js';

export const MAX_ADDRESSES = 20;

export type AddressView = Address & { id: string; provinceName: string; phoneMasked: string; isDefault: boolean; createdAt: string; updatedAt: string };

const provinceNames = new Map(PROVINCE_ZONES.map((p) => [p.province, p.nameZh]));

export function viewAddress(row: AddressRow, defaultId: string | null): AddressView {
  return {
    id: row.id,
    recipient: row.recipient,
    phone: row.phone,
    phoneMasked: maskPhone(row.phone),
    province: row.province,
    provinceName: provinceNames.get(row.province) ?? row.province,
    city: row.city,
    district: row.district,
    street: row.street,
    postcode: row.postcode,
    isDefault: row.id === defaultId,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function validated(input: AddressInput): Address {
  const checked = checkAddress(input, PROVINCE_ZONES);
  if (checked.ok) return checked.address;
  const fields = checked.problems.map((p) => ({ field: p.field, in: 'body', code: p.code, message: p.message }));
  throw new AppError('invalid', 'invalid_address', checked.problems.map((p) => p.message).join('; '), { fields });
}

/**
 * A made-default time later than every other one of the user's: two "make default" clicks in the same
 * millisecond must still leave the second one the default.
 */
async function nextDefaultStamp(db: DbOrTrx, userId: string, now: Date): Promise<string> {
  const current = await findDefaultAddress(db, userId);
  const after = current?.made_default_at ? Date.parse(current.made_default_at) + 1 : 0;
  return new Date(Math.max(now.getTime(), after)).toISOString();
}

async function loadOwn(db: DbOrTrx, userId: string, addressId: string): Promise<AddressRow> {
  const row = await findAddress(db, userId, addressId);
  if (!row) throw notFound('Address');
  return row;
}

async function viewOf(db: DbOrTrx, userId: string, addressId: string): Promise<AddressView> {
  const row = await loadOwn(db, userId, addressId);
  return viewAddress(row, (await findDefaultAddress(db, userId))?.id ?? null);
}

/** The user's live addresses, the default first, then the newest. */
export async function listAddresses(db: DbOrTrx, userId: string): Promise<AddressView[]> {
  const rows = await listLiveAddresses(db, userId);
  const defaultId = (await findDefaultAddress(db, userId))?.id ?? null;
  const views = rows.map((r) => viewAddress(r, defaultId));
  return [...views.filter((v) => v.isDefault), ...views.filter((v) => !v.isDefault)];
}

export async function addAddress(ctx: Ctx, userId: string, input: AddressInput & { makeDefault?: boolean | undefined }): Promise<AddressView> {
  const address = validated(input);
  return ctx.db.transaction().execute(async (trx) => {
    const tx = { ...ctx, db: trx };
    await lockAddressBook(trx, userId);
    const count = await countLiveAddresses(trx, userId);
    if (count >= MAX_ADDRESSES) throw conflict('too_many_addresses', `An address book holds at most ${MAX_ADDRESSES} addresses: delete one first`, { max: MAX_ADDRESSES });
    const makeDefault = count === 0 || input.makeDefault === true;
    const at = ctx.now.toISOString();
    const id = newId('adr');
    const madeDefaultAt = makeDefault ? await nextDefaultStamp(trx, userId, ctx.now) : null;
    await insertAddress(trx, { id, user_id: userId, ...address, made_default_at: madeDefaultAt, created_at: at, updated_at: at, deleted_at: null });
    await recordAudit(tx, { action: 'address.created', subjectType: 'shopper_address', subjectId: id, data: { province: address.province, madeDefault: makeDefault } });
    return viewOf(trx, userId, id);
  });
}

export async function changeAddress(ctx: Ctx, userId: string, addressId: string, patch: AddressInput): Promise<AddressView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadOwn(trx, userId, addressId);
    const merged: AddressInput = {};
    for (const f of ADDRESS_FIELDS) merged[f] = patch[f] !== undefined ? patch[f] : row[f];
    const address = validated(merged);
    const changed = ADDRESS_FIELDS.filter((f) => address[f] !== row[f]);
    if (changed.length > 0) {
      const changes = Object.fromEntries(changed.map((f) => [f, address[f]]));
      if (!(await updateAddress(trx, userId, addressId, changes, ctx.now.toISOString()))) throw notFound('Address');
      await recordAudit({ ...ctx, db: trx }, { action: 'address.updated', subjectType: 'shopper_address', subjectId: addressId, data: { fields: changed } });
    }
    return viewOf(trx, userId, addressId);
  });
}

export async function makeDefaultAddress(ctx: Ctx, userId: string, addressId: string): Promise<AddressView> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockAddressBook(trx, userId);
    await loadOwn(trx, userId, addressId);
    const current = await findDefaultAddress(trx, userId);
    if (current?.id !== addressId) {
      await setMadeDefaultAt(trx, userId, addressId, await nextDefaultStamp(trx, userId, ctx.now));
      await recordAudit({ ...ctx, db: trx }, { action: 'address.made_default', subjectType: 'shopper_address', subjectId: addressId, data: { previousDefaultId: current?.id ?? null } });
    }
    return viewOf(trx, userId, addressId);
  });
}

/** Soft delete; when it was the default, the newest remaining address becomes the default. */
export async function deleteAddress(ctx: Ctx, userId: string, addressId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const tx = { ...ctx, db: trx };
    await lockAddressBook(trx, userId);
    const wasDefault = (await findDefaultAddress(trx, userId))?.id === addressId;
    if (!(await markDeleted(trx, userId, addressId, ctx.now.toISOString()))) throw notFound('Address');
    const next = wasDefault ? (await listLiveAddresses(trx, userId))[0] : undefined;
    if (next) await setMadeDefaultAt(trx, userId, next.id, await nextDefaultStamp(trx, userId, ctx.now));
    await recordAudit(tx, { action: 'address.deleted', subjectType: 'shopper_address', subjectId: addressId, data: { wasDefault, newDefaultId: next?.id ?? null } });
    if (next) await recordAudit(tx, { action: 'address.made_default', subjectType: 'shopper_address', subjectId: next.id, data: { previousDefaultId: addressId, reason: 'default_deleted' } });
  });
}
