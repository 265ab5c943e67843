// Stock as the seller API returns it.
export type StockLocation = 'us_warehouse' | 'bonded';
export type StockLevel = { location: StockLocation; mode: string; onHand: number; reserved: number; available: number };
export type VariantStock = { variantId: string; sku: string; levels: StockLevel[] };
export type StockMovement = { id: string; variantId: string; location: StockLocation; delta: number; onHandAfter: number; reason: 'received' | 'counted' | 'damaged' | 'lost' | 'returned' | 'correction' | 'sold' | 'seed'; note: string | null; actorUserId: string | null; createdAt: string };
export const ADJUST_REASONS = ['received', 'counted', 'damaged', 'lost', 'returned', 'correction'] as const;
export const locationOfMode = (mode: string): StockLocation => (mode === '1210' ? 'bonded' : 'us_warehouse');
