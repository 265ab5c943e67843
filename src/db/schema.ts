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
  // Store profile (issue 3): filled by the owner after approval.
  store_name_en: string | null;
  store_name_zh: string | null;
  story_en: string | null;
  story_zh: string | null;
  logo_media_id: string | null;
  /** JSON array of shipping modes offered: "9610" direct mail, "1210" bonded. */
  shipping_modes: string | null;
  ein: string | null;
  food_facility_number: string | null;
  website: string | null;
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

export type ShippingMode = '9610' | '1210';
export type MediaPurpose = 'product_image' | 'store_logo' | 'application_attachment';

export interface MediaFilesTable {
  id: string;
  owner_kind: 'seller' | 'user';
  owner_id: string;
  purpose: MediaPurpose;
  content_type: string;
  size_bytes: number;
  width: number | null;
  height: number | null;
  sha256: string;
  storage_key: string;
  /** JSON object: variant name → storage key (resized images); {} for documents. */
  variants: string;
  original_name: string | null;
  created_by: string;
  created_at: string;
  deleted_at: string | null;
}

export type ApplicationStatus = 'draft' | 'submitted' | 'changes_requested' | 'approved' | 'rejected';

export interface SellerApplicationsTable {
  id: string;
  applicant_user_id: string;
  status: ApplicationStatus;
  legal_name: string | null;
  trade_name: string | null;
  ein: string | null;
  state: string | null;
  city: string | null;
  business_type: SellersTable['business_type'] | null;
  year_founded: number | null;
  headcount: number | null;
  website: string | null;
  products_description: string | null;
  /** JSON array of category codes the applicant sells in. */
  categories: string;
  china_experience: 'none' | 'exploring' | 'selling_offline' | 'selling_online' | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  food_facility_number: string | null;
  decision_reason: string | null;
  submitted_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
  seller_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApplicationAttachmentsTable {
  id: string;
  application_id: string;
  kind: 'trademark_registration' | 'trademark_authorisation' | 'food_facility_registration' | 'other';
  media_id: string;
  created_at: string;
}

export interface SellerInvitationsTable {
  id: string;
  seller_id: string;
  email: string;
  token_hash: string;
  invited_by: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
  created_at: string;
}

export type RemarkType = 'none' | 'exclusion' | 'trade_mode' | 'product_name' | 'quantity_cap';

export interface PositiveListVersionsTable {
  id: string;
  announcement: string;
  /** YYYY-MM-DD, China time: the date the list takes effect. */
  effective_from: string;
  source_name: string;
  source_sha256: string;
  line_count: number;
  notes: string | null;
  imported_by: string | null;
  imported_at: string;
}

export interface PositiveListLinesTable {
  version_id: string;
  hs_code: string;
  description: string;
  remark_type: RemarkType;
  remark: string | null;
  cap_quantity: number | null;
  cap_unit: string | null;
}

export type ProductStatus = 'draft' | 'published' | 'suspended' | 'archived';

export interface ProductsTable {
  id: string;
  seller_id: string;
  handle: string;
  status: ProductStatus;
  title_en: string;
  description_en: string;
  title_zh: string;
  description_zh: string;
  category: string;
  brand: string;
  origin_state: string;
  hs_code: string;
  /** JSON array of ShippingMode. */
  shipping_modes: string;
  /** JSON object of attribute name → value. */
  attributes: string;
  /** JSON object: the Chinese electronic label (ingredients, manufacturer, storage, shelf life, net content). */
  label: string;
  status_reason: string | null;
  published_at: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface ProductVariantsTable {
  id: string;
  product_id: string;
  seller_id: string;
  sku: string;
  /** JSON object of option name → value, e.g. {"size":"500 g"}. */
  options: string;
  barcode: string | null;
  weight_grams: number;
  price_minor: number;
  currency: 'USD';
  /** A CNY shelf price (fen) the seller fixed; null: converted from the USD price. */
  price_cny_fen: number | null;
  statutory_unit: 'ml' | 'g' | 'piece';
  statutory_qty: number;
  position: number;
  created_at: string;
  updated_at: string;
}

export interface ProductImagesTable {
  product_id: string;
  media_id: string;
  position: number;
  alt_zh: string | null;
}

export interface CatalogImportsTable {
  id: string;
  seller_id: string;
  file_name: string;
  file_sha256: string;
  status: 'validated' | 'imported' | 'discarded';
  total_rows: number;
  valid_rows: number;
  error_count: number;
  /** JSON array of { row, column, message }. */
  errors: string;
  /** JSON array of the valid rows, normalised, waiting for the seller's go-ahead. */
  rows: string;
  result: string | null;
  created_by: string;
  created_at: string;
  imported_at: string | null;
}

export interface FxRatesTable {
  id: string;
  base: 'USD' | 'CNY';
  quote: 'USD' | 'CNY';
  /** Units of `quote` per 1 `base`, times 1,000,000 (7.1234 → 7123400): exact, never a float. */
  rate_micro: number;
  source: string;
  effective_from: string;
  created_by: string | null;
  created_at: string;
}

export interface VatRatesTable {
  /** 8-digit tariff line: VAT is looked up per HS code, never inferred. */
  hs_code: string;
  vat_bp: number;
  note: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface ConsumptionTaxRulesTable {
  /** An HS heading or line (4–10 digits); the longest prefix that matches a product's code applies. */
  hs_prefix: string;
  /** JSON: the rule, e.g. {"kind":"ad_valorem","rateBp":1000} or {"kind":"cosmetics_high_end",…}. */
  rule: string;
  note: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface TariffRatesTable {
  id: string;
  hs_prefix: string;
  kind: 'mfn' | 'additional';
  /** For additional tariffs: the origin country they apply to (ISO alpha-2), e.g. US. */
  origin: string | null;
  rate_bp: number;
  effective_from: string;
  effective_to: string | null;
  note: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface FreightRatesTable {
  id: string;
  mode: ShippingMode;
  zone: string;
  max_weight_g: number;
  fee_fen: number;
  min_days: number;
  max_days: number;
  updated_by: string | null;
  updated_at: string;
}

export interface ProvinceZonesTable {
  province: string;
  name_zh: string;
  zone: string;
}

export interface PlatformSettingsTable {
  key: string;
  /** JSON value, validated by the settings schema of the module that reads it. */
  value: string;
  updated_by: string | null;
  updated_at: string;
}

export interface QuotesTable {
  id: string;
  buyer_user_id: string | null;
  fx_rate_id: string;
  request: string;
  result: string;
  total_fen: number;
  created_at: string;
  expires_at: string;
}

export type StockLocation = 'us_warehouse' | 'bonded';
export type StockReason = 'received' | 'counted' | 'damaged' | 'lost' | 'returned' | 'correction' | 'sold' | 'seed';

export interface StockLevelsTable {
  variant_id: string;
  seller_id: string;
  location: StockLocation;
  on_hand: number;
  reserved: Generated<number>;
  updated_at: string;
}

export interface StockMovementsTable {
  id: string;
  variant_id: string;
  seller_id: string;
  location: StockLocation;
  delta: number;
  on_hand_after: number;
  reason: StockReason;
  note: string | null;
  actor_user_id: string | null;
  created_at: string;
}

export interface CartsTable {
  id: string;
  /** Exactly one of user_id (signed-in shopper) and token_hash (guest: sha256 of the cookie token). */
  user_id: string | null;
  token_hash: string | null;
  created_at: string;
  updated_at: string;
}

export interface CartLinesTable {
  id: string;
  cart_id: string;
  variant_id: string;
  product_id: string;
  seller_id: string;
  mode: ShippingMode;
  quantity: number;
  /** As the product read when the line was added: kept so a line stays nameable after unpublishing. */
  sku: string;
  title_zh: string;
  title_en: string;
  created_at: string;
  updated_at: string;
}

/** A shopper's verified identity (identity module). The ID number is never stored in clear. */
export interface ShopperIdentitiesTable {
  id: string;
  user_id: string;
  real_name: string;
  /** "v1:" + base64url(iv | tag | ciphertext), AES-256-GCM. */
  id_number_enc: string;
  /** HMAC-SHA256 (hex) of the ID number under the look-up key: the annual limit is keyed on it. */
  id_number_hash: string;
  /** e.g. 110105********002X */
  id_number_masked: string;
  mobile: string;
  status: 'active' | 'removed';
  created_at: string;
  updated_at: string;
  removed_at: string | null;
}

export interface IdentityConsentsTable {
  id: string;
  user_id: string;
  identity_id: string;
  purpose: string;
  notice_version: string;
  consented_at: string;
  withdrawn_at: string | null;
}

export interface ShopperAddressesTable {
  id: string;
  user_id: string;
  recipient: string;
  phone: string;
  /** Province code as the pricing module's zones know it (SH, GD, XZ…). */
  province: string;
  city: string;
  district: string;
  street: string;
  postcode: string;
  /** The default address is the one made default most recently. */
  made_default_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface RiskNoticeConfirmationsTable {
  id: string;
  user_id: string;
  notice_version: string;
  confirmed_at: string;
}

export type OrderStatus = 'pending_payment' | 'paid' | 'payment_held' | 'declared' | 'cleared' | 'shipped' | 'delivered' | 'completed' | 'cancelled' | 'expired' | 'refund_requested' | 'refunded';

/** One parcel of a checkout (orders module). Money in CNY fen. */
export interface OrdersTable {
  id: string;
  order_no: string;
  checkout_id: string;
  user_id: string;
  seller_id: string;
  identity_id: string;
  buyer_id_hash: string;
  buyer_name: string;
  address_id: string;
  consignee: string;
  consignee_phone: string;
  consignee_address: string;
  province: string;
  mode: ShippingMode;
  status: OrderStatus;
  quote_id: string;
  fx_rate_id: string;
  tax_path: string;
  goods_fen: number;
  freight_fen: number;
  insurance_fen: number;
  discount_fen: number;
  tax_fen: number;
  total_fen: number;
  dutiable_fen: number;
  counts_toward_year_fen: number;
  limit_year: number;
  payment_due_at: string;
  paid_at: string | null;
  cleared_at: string | null;
  delivered_at: string | null;
  refund_from: OrderStatus | null;
  refund_requested_at: string | null;
  refund_approved_at: string | null;
  returned_at: string | null;
  /** Set when the seller ships: who carries the parcel and its tracking number. */
  carrier: string | null;
  tracking_no: string | null;
  shipped_at: string | null;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface OrderLinesTable {
  id: string;
  order_id: string;
  position: number;
  variant_id: string;
  product_id: string;
  sku: string;
  title_zh: string;
  hs_code: string;
  location: StockLocation;
  quantity: number;
  unit_price_fen: number;
  goods_fen: number;
  freight_fen: number;
  insurance_fen: number;
  dutiable_fen: number;
  tariff_fen: number;
  consumption_tax_fen: number;
  vat_fen: number;
  tax_fen: number;
}

export interface OrderEventsTable {
  id: string;
  order_id: string;
  action: string;
  from_status: OrderStatus | null;
  to_status: OrderStatus;
  actor_kind: 'shopper' | 'seller' | 'operator' | 'system' | 'payment';
  actor_user_id: string | null;
  reason: string | null;
  created_at: string;
}

export interface IdempotencyKeysTable {
  user_id: string;
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: string;
  created_at: string;
  expires_at: string;
}

export type PaymentStatus = 'pending' | 'captured' | 'held' | 'declined' | 'closed' | 'refunded';

/** A payment for the orders of one checkout (payments module). */
export interface PaymentsTable {
  id: string;
  checkout_id: string;
  user_id: string;
  provider: string;
  /** JSON array of order ids. */
  order_ids: string;
  amount_fen: number;
  status: PaymentStatus;
  provider_trade_no: string | null;
  /** match | mismatch | enforced | none: whether the payer was the buyer (DOMAIN.md §5). */
  payer_check: string | null;
  captured_at: string | null;
  created_at: string;
  updated_at: string;
}

export type RefundStatus = 'pending' | 'succeeded' | 'failed';

/** One refund per order, sent to the provider under its id (payments module). */
export interface RefundsTable {
  id: string;
  order_id: string;
  payment_id: string;
  amount_fen: number;
  reason: string;
  /** pending: not sent yet or the provider's answer is not final; failed: the provider refused (failure_code). */
  status: RefundStatus;
  attempts: number;
  provider_refund_id: string | null;
  failure_code: string | null;
  created_at: string;
  updated_at: string;
}

export type CardPaymentStatus = 'pending' | 'paid' | 'void' | 'refund_requested' | 'refunded';

/** A card payment in US dollars for one thing a business buys from Gateway (card-payments module). */
export interface CardPaymentsTable {
  id: string;
  /** What is paid for, e.g. conference_registration; with subject_id, unique. */
  purpose: string;
  subject_id: string;
  amount_cents: number;
  currency: 'USD';
  description: string;
  provider: string;
  /** pending: not paid yet (declined attempts stay pending); void: no longer payable; paid → refund_requested → refunded. */
  status: CardPaymentStatus;
  provider_charge_id: string | null;
  /** The provider's reason for the latest declined attempt. */
  last_failure: string | null;
  paid_at: string | null;
  refund_reason: string | null;
  refund_attempts: number;
  provider_refund_id: string | null;
  refunded_at: string | null;
  revision: number;
  created_at: string;
  updated_at: string;
}

/** A verified provider event (webhook), kept once per (provider, event_id). */
export interface CardPaymentEventsTable {
  id: string;
  provider: string;
  event_id: string;
  payment_id: string;
  type: string;
  outcome: string;
  received_at: string;
}

export interface PaymentNotificationsTable {
  id: string;
  provider: string;
  notify_id: string;
  payment_id: string;
  status: string;
  /** What the platform did with it: captured, held, ignored_duplicate, amount_mismatch… */
  outcome: string;
  /** The verified fields, with the payer's identity removed. */
  params: string;
  received_at: string;
}

/** One row per published product: the search index's denormalised document (search module). */
export interface SearchDocumentsTable {
  doc_id: Generated<number>;
  product_id: string;
  seller_id: string;
  seller_name: string;
  handle: string;
  title_zh: string;
  title_en: string;
  /** Normalised titles (NFKC, lower case, letters and digits only) for the exact-title boost. */
  title_key: string;
  title_en_key: string;
  brand: string;
  category: string;
  origin_state: string;
  mode_9610: number;
  mode_1210: number;
  in_stock: number;
  price_from_fen: number | null;
  sales_count: number;
  published_at: string;
  image_media_id: string | null;
  image_url: string | null;
  indexed_at: string;
}

export interface SearchMetaTable {
  key: string;
  version: number;
  fx_rate_id: string | null;
  updated_at: string;
}

// ── The conference (conference module) ──────────────────────────────────────────────────────────
export type ConfEventStatus = 'draft' | 'published' | 'closed';
export interface ConfEventsTable {
  id: string;
  slug: string;
  name: string;
  tagline: string;
  description: string;
  venue_name: string;
  venue_address: string;
  /** IANA zone, e.g. America/Detroit. */
  time_zone: string;
  /** Local calendar days, YYYY-MM-DD. */
  starts_on: string;
  ends_on: string;
  registration_opens_at: string;
  registration_closes_at: string;
  capacity: number;
  /** Seats confirmed or offered. */
  held: Generated<number>;
  /** The next waitlist position to hand out. */
  waitlist_next: Generated<number>;
  offer_hold_hours: Generated<number>;
  /** 1:1 meetings one attendee may hold. */
  meeting_cap: Generated<number>;
  status: ConfEventStatus;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ConfRoomsTable {
  id: string;
  event_id: string;
  name: string;
  hall: string;
  capacity: number;
  created_at: string;
}

export interface ConfTicketTypesTable {
  id: string;
  event_id: string;
  code: string;
  name: string;
  description: string;
  price_cents: number;
  quota: number;
  held: Generated<number>;
  includes_workshops: number;
  position: number;
  created_at: string;
}

export type ConfRegistrationStatus = 'confirmed' | 'waitlisted' | 'offered' | 'cancelled';
export type ConfAttendeeType = 'business' | 'expert' | 'speaker' | 'staff' | 'press';
export interface ConfRegistrationsTable {
  id: string;
  event_id: string;
  ticket_type_id: string;
  user_id: string | null;
  email: string;
  email_key: string;
  first_name: string;
  last_name: string;
  company: string;
  business_type: string;
  /** US state code, e.g. MI. */
  state: string;
  sells: string;
  china_experience: string;
  /** JSON array of interest codes. */
  interests: string;
  dietary: string;
  accessibility: string;
  consent_contact: number;
  attendee_type: ConfAttendeeType;
  status: ConfRegistrationStatus;
  waitlist_position: number | null;
  offer_expires_at: string | null;
  confirmed_at: string | null;
  cancelled_at: string | null;
  checked_in_at: string | null;
  ticket_nonce: string;
  /** SHA-256 (hex) of the manage key the registrant got by e-mail. */
  manage_key_hash: string;
  seller_application_id: string | null;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ConfSpeakersTable {
  id: string;
  event_id: string;
  name: string;
  title: string;
  company: string;
  bio: string;
  photo_url: string | null;
  created_at: string;
}

export type ConfSessionKind = 'keynote' | 'breakout' | 'workshop' | 'networking';
export interface ConfSessionsTable {
  id: string;
  event_id: string;
  room_id: string;
  title: string;
  description: string;
  kind: ConfSessionKind;
  track: string;
  starts_at: string;
  ends_at: string;
  /** Seats for sign-up; null: the room's capacity. */
  capacity: number | null;
  held: Generated<number>;
  waitlist_next: Generated<number>;
  status: 'scheduled' | 'cancelled';
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ConfSessionSpeakersTable {
  session_id: string;
  speaker_id: string;
}

export interface ConfSessionSignupsTable {
  id: string;
  session_id: string;
  registration_id: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  waitlist_position: number | null;
  created_at: string;
  updated_at: string;
}

export type ConfExpertise = 'category' | 'logistics' | 'payments' | 'legal' | 'marketing';
export interface ConfExpertsTable {
  id: string;
  event_id: string;
  user_id: string | null;
  name: string;
  company: string;
  expertise: ConfExpertise;
  bio: string;
  created_at: string;
}

export interface ConfMeetingSlotsTable {
  id: string;
  expert_id: string;
  event_id: string;
  starts_at: string;
  ends_at: string;
  /** Table or place, e.g. "Expert lounge, table 4". */
  location: string;
  status: 'open' | 'requested' | 'booked' | 'closed';
  registration_id: string | null;
  topic: string | null;
  reminded_at: string | null;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface ConfCheckinsTable {
  id: string;
  event_id: string;
  registration_id: string;
  /** The device's own id for the scan: a replayed offline queue stores each scan once. */
  scan_id: string;
  device_id: string;
  staff_user_id: string;
  scanned_at: string;
  received_at: string;
  result: 'checked_in' | 'duplicate';
}

export interface ConfCheckinDevicesTable {
  id: string;
  event_id: string;
  /** What the door staff call it, e.g. "North door phone 1". */
  name: string;
  /** SHA-256 (hex) of the device's key; the key itself is shown once, when the device is created. */
  key_hash: string;
  /** The operator who created it (a user id). */
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  /** Updated at most once a minute while the device calls the door routes. */
  last_seen_at: string | null;
}

export interface Database {
  stock_levels: StockLevelsTable;
  stock_movements: StockMovementsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  sellers: SellersTable;
  seller_members: SellerMembersTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  media_files: MediaFilesTable;
  seller_applications: SellerApplicationsTable;
  application_attachments: ApplicationAttachmentsTable;
  seller_invitations: SellerInvitationsTable;
  positive_list_versions: PositiveListVersionsTable;
  positive_list_lines: PositiveListLinesTable;
  products: ProductsTable;
  product_variants: ProductVariantsTable;
  product_images: ProductImagesTable;
  catalog_imports: CatalogImportsTable;
  fx_rates: FxRatesTable;
  vat_rates: VatRatesTable;
  consumption_tax_rules: ConsumptionTaxRulesTable;
  tariff_rates: TariffRatesTable;
  freight_rates: FreightRatesTable;
  province_zones: ProvinceZonesTable;
  platform_settings: PlatformSettingsTable;
  quotes: QuotesTable;
  search_documents: SearchDocumentsTable;
  search_meta: SearchMetaTable;
  carts: CartsTable;
  cart_lines: CartLinesTable;
  shopper_identities: ShopperIdentitiesTable;
  identity_consents: IdentityConsentsTable;
  shopper_addresses: ShopperAddressesTable;
  risk_notice_confirmations: RiskNoticeConfirmationsTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  order_events: OrderEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  payments: PaymentsTable;
  card_payments: CardPaymentsTable;
  card_payment_events: CardPaymentEventsTable;
  payment_notifications: PaymentNotificationsTable;
  refunds: RefundsTable;
  conf_events: ConfEventsTable;
  conf_rooms: ConfRoomsTable;
  conf_ticket_types: ConfTicketTypesTable;
  conf_registrations: ConfRegistrationsTable;
  conf_speakers: ConfSpeakersTable;
  conf_sessions: ConfSessionsTable;
  conf_session_speakers: ConfSessionSpeakersTable;
  conf_session_signups: ConfSessionSignupsTable;
  conf_experts: ConfExpertsTable;
  conf_meeting_slots: ConfMeetingSlotsTable;
  conf_checkins: ConfCheckinsTable;
  conf_checkin_devices: ConfCheckinDevicesTable;
}
