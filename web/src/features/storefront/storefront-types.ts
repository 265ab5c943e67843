// The shapes of the storefront and search APIs (GET /api/v1/storefront/*, /api/v1/search), by hand.
export type Mode = '9610' | '1210';

/** A product in any list: the same shape from the storefront endpoints and from search. */
export type ProductCardData = {
  productId: string;
  handle: string;
  titleZh: string;
  titleEn: string;
  brand: string;
  sellerId: string;
  sellerName: string;
  originState: string;
  category: string;
  imageUrl: string | null;
  priceFromFen: number | null;
  modes: Mode[];
  inStock: boolean;
  publishedAt: string | null;
};

export type StorySeller = { sellerId: string; nameZh: string; nameEn: string; storyZh: string; city: string; logoUrl: string | null; productCount: number };

export type HomeData = {
  featured: ProductCardData[];
  newArrivals: ProductCardData[];
  categories: Array<{ code: string; nameZh: string; count: number }>;
  stories: Array<{ state: string; sellers: StorySeller[] }>;
};

export type StockState = 'in_stock' | 'low_stock' | 'out_of_stock';

export type Offer = {
  mode: Mode;
  stock: StockState;
  available: number;
  price: { shelfFen: number; taxFen: number; freightFen: number; insuranceFen: number; totalFen: number; taxPath: string; payable: boolean } | null;
  delivery: { minDays: number; maxDays: number } | null;
  unpriced: { code: string; message: string } | null;
};

export type StoreSummary = {
  sellerId: string;
  nameZh: string;
  nameEn: string;
  storyZh: string | null;
  storyEn: string | null;
  state: string;
  city: string;
  logoUrl: string | null;
};

export type ProductVariant = { variantId: string; sku: string; options: Record<string, string>; offers: Offer[] };

export type ProductPageData = {
  productId: string;
  handle: string;
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  category: string;
  brand: string;
  originState: string;
  attributes: Record<string, string>;
  label: Record<string, string>;
  images: Array<{ url: string; thumbUrl: string; alt: string | null }>;
  modes: Mode[];
  province: string;
  seller: StoreSummary;
  variants: ProductVariant[];
  publishedAt: string | null;
};

export type SellerPageData = { seller: StoreSummary & { shippingModes: Mode[]; website: string | null }; products: ProductCardData[] };

export type FacetValue = { value: string; label: string; count: number };
export type PriceBucket = { minFen: number; maxFen: number | null; count: number };

export type SearchAnswer = {
  items: ProductCardData[];
  total: number;
  /** False when a broad query matched more than the server ranks and counts: total is a lower bound. */
  totalExact: boolean;
  facets: { category: FacetValue[]; state: FacetValue[]; seller: FacetValue[]; mode: FacetValue[]; inStock: FacetValue[]; price: PriceBucket[] };
  nextCursor: string | null;
};

/** A suggestion names a product (productId) when it is one product's title, else it is a search term. */
export type Suggestion = { text: string; handle: string | null; productId?: string | null };
