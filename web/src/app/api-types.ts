// The shapes the server answers with (see the OpenAPI document at /docs). Kept by hand and small.
export type Role = 'shopper' | 'seller' | 'operator';
export type Locale = 'zh-CN' | 'en-US';
export type BusinessType = 'farm' | 'small_business' | 'brand' | 'cooperative';

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  sellerId: string | null;
  sellerRole: 'owner' | 'staff' | null;
};

export type SessionAnswer = { user: SessionUser | null; csrfToken: string };

export type Page<T> = { items: T[]; nextCursor: string | null };

export type Store = { id: string; tradeName: string; state: string; city: string; businessType: BusinessType };

export type Member = { userId: string; name: string; email: string; role: 'owner' | 'staff'; joinedAt: string };

export type Organisation = {
  id: string;
  legalName: string;
  tradeName: string;
  state: string;
  city: string;
  businessType: BusinessType;
  status: 'active' | 'suspended';
  createdAt: string;
  members: Member[];
};

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  status: 'active' | 'disabled';
  createdAt: string;
};

export type SellerRow = Omit<Organisation, 'members'> & { memberCount: number };

export type AuditEntry = {
  id: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown> | null;
  requestId: string | null;
  createdAt: string;
};
