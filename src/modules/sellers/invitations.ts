// Inviting staff: the owner invites an e-mail address; the link carries a random token (only its hash
// is stored) and expires. Accepting adds the signed-in seller account with that address as staff.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import type { SellerInvitationsTable } from '../../db/schema.js';
import type { Ctx } from '../../platform/context.js';
import { AppError, conflict, forbidden, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { acceptInvitationRow, findInvitationByTokenHash, findMembership, insertInvitation, insertMember, revokeInvitationRow } from './repo.js';

export const hashInvitationToken = (token: string) => createHash('sha256').update(`invitation:${token}`).digest('base64url');

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';
export function invitationStatus(row: SellerInvitationsTable, now: Date): InvitationStatus {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at <= now.toISOString() ? 'expired' : 'pending';
}

export async function inviteStaff(ctx: Ctx & { db: Db }, input: { sellerId: string; email: string; ttlMs: number }): Promise<{ invitation: SellerInvitationsTable; token: string }> {
  if (ctx.actor?.sellerRole !== 'owner' || ctx.actor.sellerId !== input.sellerId) throw new AppError('forbidden', 'owner_only', 'Only the owner of the store can invite people');
  const token = randomBytes(24).toString('base64url');
  const invitation: SellerInvitationsTable = {
    id: newId('inv'),
    seller_id: input.sellerId,
    email: input.email.trim().toLowerCase(),
    token_hash: hashInvitationToken(token),
    invited_by: ctx.actor.userId,
    expires_at: new Date(ctx.now.getTime() + input.ttlMs).toISOString(),
    accepted_at: null,
    accepted_by: null,
    revoked_at: null,
    created_at: ctx.now.toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertInvitation(trx, invitation);
    await recordAudit({ ...ctx, db: trx }, { action: 'seller.staff_invited', subjectType: 'seller', subjectId: input.sellerId, data: { invitationId: invitation.id } });
  });
  return { invitation, token };
}

export async function revokeInvitation(ctx: Ctx & { db: Db }, input: { sellerId: string; invitationId: string }): Promise<void> {
  if (ctx.actor?.sellerRole !== 'owner') throw new AppError('forbidden', 'owner_only', 'Only the owner of the store can revoke invitations');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('seller_invitations').selectAll().where('id', '=', input.invitationId).where('seller_id', '=', input.sellerId).executeTakeFirst();
    if (!row) throw notFound('Invitation');
    if (!(await revokeInvitationRow(trx, row.id, ctx.now.toISOString()))) throw conflict('invitation_closed', 'This invitation was already accepted or revoked');
    await recordAudit({ ...ctx, db: trx }, { action: 'seller.invitation_revoked', subjectType: 'seller', subjectId: input.sellerId, data: { invitationId: row.id } });
  });
}

export async function findInvitationByToken(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
  return findInvitationByTokenHash(db, hashInvitationToken(token));
}

export async function acceptInvitation(ctx: Ctx & { db: Db }, token: string): Promise<{ sellerId: string }> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('unauthenticated', 'unauthenticated', 'Sign in first');
  const row = await findInvitationByToken(ctx.db, token);
  if (!row) throw notFound('Invitation');
  const status = invitationStatus(row, ctx.now);
  if (status === 'expired') throw new AppError('gone', 'invitation_expired', 'This invitation has expired; ask the store owner for a new one');
  if (status !== 'pending') throw conflict('invitation_closed', `This invitation was ${status}`);
  if (actor.role !== 'seller') throw forbidden('Sign in with a seller account to join a store');
  if (actor.email.toLowerCase() !== row.email) throw new AppError('forbidden', 'email_mismatch', `This invitation is for ${row.email}; sign in with that address`);
  if (await findMembership(ctx.db, actor.userId)) throw conflict('already_member', 'You already belong to a seller organisation');
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await acceptInvitationRow(trx, row.id, actor.userId, ctx.now.toISOString()))) throw conflict('invitation_closed', 'This invitation is no longer open');
    await insertMember(trx, { seller_id: row.seller_id, user_id: actor.userId, role: 'staff', created_at: ctx.now.toISOString() });
    await recordAudit({ ...trxCtx(ctx, trx) }, { action: 'seller.staff_joined', subjectType: 'seller', subjectId: row.seller_id, data: { invitationId: row.id, userId: actor.userId } });
  });
  return { sellerId: row.seller_id };
}

const trxCtx = (ctx: Ctx, trx: Ctx['db']): Ctx => ({ ...ctx, db: trx });
