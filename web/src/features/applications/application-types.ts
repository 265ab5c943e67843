// A seller application as the server answers it (GET /seller/application, /ops/applications/:id).
import type { BusinessType } from '../../app/api-types';

export type ApplicationStatus = 'draft' | 'submitted' | 'changes_requested' | 'approved' | 'rejected';
export type ChinaExperience = 'none' | 'exploring' | 'selling_offline' | 'selling_online';
export type AttachmentKind = 'trademark_registration' | 'trademark_authorisation' | 'food_facility_registration' | 'other';

export type Attachment = { id: string; kind: AttachmentKind; mediaId: string; originalName: string; contentType: string; sizeBytes: number; downloadUrl: string };
export type HistoryEntry = { action: string; at: string; actorName: string | null; actorRole: string | null; reason: string | null };

export type ApplicationFields = {
  legalName: string | null;
  tradeName: string | null;
  ein: string | null;
  state: string | null;
  city: string | null;
  businessType: BusinessType | null;
  yearFounded: number | null;
  headcount: number | null;
  website: string | null;
  productsDescription: string | null;
  categories: string[];
  chinaExperience: ChinaExperience | null;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  foodFacilityNumber: string | null;
};

export type Application = ApplicationFields & {
  id: string;
  status: ApplicationStatus;
  attachments: Attachment[];
  decisionReason: string | null;
  submittedAt: string | null;
  decidedAt: string | null;
  sellerId: string | null;
  missing: Array<{ field: string; message: string }>;
  history?: HistoryEntry[];
  applicant: { id: string; name: string; email: string };
  createdAt: string;
  updatedAt: string;
};

/** What PUT accepts: any subset; text may be emptied with '', choices and numbers are only ever set. */
export type ApplicationPatch = { [K in keyof ApplicationFields]?: Exclude<ApplicationFields[K], null> | undefined };

export const EDITABLE: readonly ApplicationStatus[] = ['draft', 'changes_requested'];
export const CHINA_EXPERIENCE: readonly ChinaExperience[] = ['none', 'exploring', 'selling_offline', 'selling_online'];
export const BUSINESS_TYPES: readonly BusinessType[] = ['farm', 'small_business', 'brand', 'cooperative'];

export type StepId = 'business' | 'products' | 'contact' | 'documents' | 'review';
export const STEPS: readonly StepId[] = ['business', 'products', 'contact', 'documents', 'review'];

/** Which step asks for a field the server names (in `missing` or a field error). */
export function stepOfField(field: string): StepId {
  const name = field.replace(/^body\./, '').split('.')[0] ?? '';
  if (['legalName', 'tradeName', 'ein', 'state', 'city', 'businessType', 'yearFounded', 'headcount', 'website'].includes(name)) return 'business';
  if (['productsDescription', 'categories', 'chinaExperience'].includes(name)) return 'products';
  if (['contactName', 'contactEmail', 'contactPhone'].includes(name)) return 'contact';
  return 'documents';
}
