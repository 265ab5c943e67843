// The store profile and team invitations as the server answers them (src/modules/sellers).
import type { ImageUrls, ShippingMode } from '../products/product-types';

export type StoreProfile = {
  sellerId: string;
  storeNameEn: string | null;
  storeNameZh: string | null;
  storyEn: string | null;
  storyZh: string | null;
  logo: { mediaId: string; urls: ImageUrls } | null;
  state: string;
  city: string;
  shippingModes: ShippingMode[];
  foodFacilityNumber: string | null;
  website: string | null;
};

export type StoreInput = {
  storeNameEn: string;
  storeNameZh: string;
  storyEn: string;
  storyZh: string;
  logoMediaId: string | null;
  city: string;
  shippingModes: ShippingMode[];
  foodFacilityNumber: string | null;
  website: string | null;
};

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';
export type Invitation = { id: string; email: string; status: InvitationStatus; expiresAt: string; createdAt: string; invitedBy: string | { name?: string; email?: string } | null };
export type PublicInvitation = { sellerName: string; email: string; status: InvitationStatus; expiresAt: string };
