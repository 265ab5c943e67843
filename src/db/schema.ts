// The tables of every module, as Kysely sees them. Times are ISO-8601 UTC text (sortable, same on
// both engines); money is integer minor units beside a currency code; ids are prefixed ULIDs.
import type { Generated } from 'kysely';

export type Role = 'shopper' | 'seller' | 'operator';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: Role;
  locale: 'zh-CN' | 'en-US';
  status: 'active' | 'disabled';
  created_at: string;
  updated_at: string;
  password_changed_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a database leak does not leak live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
  revoked_at: string | null;
}

export interface LoginFailuresTable {
  id: string;
  /** sha256 of the lower-cased e-mail tried: throttles per account without keeping the address. */
  account_key: string;
  ip: string | null;
  created_at: string;
}

export interface SellersTable {
  id: string;
  legal_name: string;
  trade_name: string;
  state: string;
  city: string;
  business_type: 'farm' | 'small_business' | 'brand' | 'cooperative';
  status: 'active' | 'suspended';
  created_at: string;
  updated_at: string;
}

export interface SellerMembersTable {
  seller_id: string;
  user_id: string;
  role: 'owner' | 'staff';
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  data: string | null;
  request_id: string | null;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  topic: string;
  payload: string;
  created_at: string;
  published_at: string | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  sellers: SellersTable;
  seller_members: SellerMembersTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
}
