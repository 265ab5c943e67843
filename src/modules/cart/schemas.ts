// The cart API's request and response shapes (TypeBox: validation, types and OpenAPI at once).
import { Type, type TSchema } from 'typebox';

export const Mode = Type.Union([Type.Literal('9610'), Type.Literal('1210')], { description: '9610 direct mail from the US; 1210 from a bonded warehouse in China' });
export const LineIdParams = Type.Object({ lineId: Type.String({ pattern: '^cln_[0-9a-z]{26}$' }) });
export const Quantity = Type.Integer({ minimum: 1, maximum: 99 });

export const AddLineBody = Type.Object(
  { variantId: Type.String({ pattern: '^var_[0-9a-z]{26}$' }), quantity: Quantity, mode: Mode },
  { additionalProperties: false },
);
export const ChangeLineBody = Type.Object({ quantity: Quantity }, { additionalProperties: false });
export const CartQuery = Type.Object(
  {
    province: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', default: 'SH', description: 'Delivery province code, e.g. SH (上海), GD (广东); prices freight and delivery time' })),
    buyer: Type.Optional(Type.String({ pattern: '^sid_[0-9a-z]{26}$', description: 'One of the caller’s buyer identities: the annual room shown is this person’s (default: the latest added)' })),
  },
  { additionalProperties: false },
);

const Merged = Type.Union([Type.Object({ lines: Type.Integer(), capped: Type.Integer(), dropped: Type.Integer() }), Type.Null()]);

export const EditAnswer = Type.Object({
  line: Type.Object({ id: Type.String(), variantId: Type.String(), mode: Mode, quantity: Type.Integer() }),
  capped: Type.Boolean({ description: 'The quantity was cut to the most one line may hold (99)' }),
  itemCount: Type.Integer(),
  lineCount: Type.Integer(),
});

export const CountAnswer = Type.Object({ itemCount: Type.Integer(), lineCount: Type.Integer(), merged: Merged });

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

const LineView = Type.Object({
  id: Type.String(),
  variantId: Type.String(),
  productId: Type.String(),
  sku: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  mode: Mode,
  quantity: Type.Integer(),
  state: Type.Union(['ok', 'unpublished', 'mode_unavailable', 'out_of_stock', 'insufficient_stock'].map((s) => Type.Literal(s))),
  available: Nullable(Type.Integer()),
  price: Nullable(Type.Object({ unitPriceFen: Type.Integer(), goodsFen: Type.Integer(), freightFen: Type.Integer(), taxFen: Type.Integer() })),
});

const Problem = Type.Object({ code: Type.String(), message: Type.String(), lineId: Nullable(Type.String()), details: Type.Record(Type.String(), Type.Unknown()) });

const Group = Type.Object({
  key: Type.String(),
  sellerId: Type.String(),
  sellerName: Type.String(),
  mode: Mode,
  lines: Type.Array(LineView),
  quote: Nullable(Type.Object({ id: Type.String(), expiresAt: Type.String() }, { additionalProperties: true, description: 'The quote issued for this parcel: the same answer as POST /api/v1/quotes' })),
  quoteError: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
  checkout: Type.Object({ allowed: Type.Boolean(), problems: Type.Array(Problem) }),
});

const fen = Type.Integer();
export const CartAnswer = Type.Object({
  province: Type.String(),
  lineCount: Type.Integer(),
  itemCount: Type.Integer(),
  groups: Type.Array(Group),
  totals: Type.Object({ goodsFen: fen, freightFen: fen, insuranceFen: fen, tariffFen: fen, consumptionTaxFen: fen, vatFen: fen, taxFen: fen, totalFen: fen, quotedGroups: Type.Integer(), unquotedGroups: Type.Integer() }),
  limits: Type.Object({
    singleLimitFen: fen,
    annualLimitFen: fen,
    singleInclusive: Type.Boolean(),
    annualInclusive: Type.Boolean(),
    annualBasis: Type.Union([Type.Literal('dutiable'), Type.Literal('paid')]),
    yearToDate: Type.Union([Type.Literal('known'), Type.Literal('unknown')]),
    yearToDateFen: Nullable(fen),
    annualRoomFen: Nullable(fen),
    buyer: Type.Union([Type.Object({ identityId: Type.String(), name: Type.String() }), Type.Null()], { description: 'Whose year the room is: a signed-in shopper’s buyer identity' }),
    note: Nullable(Type.String()),
  }),
  checkoutAllowed: Type.Boolean(),
  merged: Merged,
});
