// The identity API's request and response shapes (TypeBox: validation, types and OpenAPI at once).
// Lengths are generous here; the real rules (and messages naming the field) are in identities.ts.
import { Type } from 'typebox';

export const IdentityIdParams = Type.Object({ identityId: Type.String({ pattern: '^sid_[0-9a-z]{26}$' }) });

export const AddIdentityBody = Type.Object(
  {
    realName: Type.String({ maxLength: 64, description: 'Name as on the ID card: 2–30 Chinese characters, parts joined by a middle dot (·)' }),
    idNumber: Type.String({ maxLength: 32, description: 'Mainland resident ID number, 18 characters; stored encrypted and only ever shown masked' }),
    mobile: Type.String({ maxLength: 20, description: 'Mainland mobile number, 11 digits starting 13–19' }),
    consent: Type.Object(
      {
        noticeVersion: Type.String({ maxLength: 32, description: 'The version of the ID consent notice shown (GET /api/v1/identity/notices)' }),
        accepted: Type.Boolean({ description: 'Must be true: the separate consent to process the ID number for customs declaration' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const IdentityView = Type.Object({
  id: Type.String(),
  realName: Type.String(),
  idNumberMasked: Type.String({ description: 'e.g. 110105********002X' }),
  mobileMasked: Type.String({ description: 'e.g. 138****1234' }),
  createdAt: Type.String(),
  consent: Type.Object({ noticeVersion: Type.String(), consentedAt: Type.String() }),
});

export const IdentityList = Type.Object({ items: Type.Array(IdentityView) });

const Notice = Type.Object({ version: Type.String(), titleZh: Type.String(), textZh: Type.String(), textEn: Type.String() });
export const Notices = Type.Object({ idConsent: Notice, riskNotice: Notice });

export const RiskNoticeStatus = Type.Object({
  version: Type.String({ description: 'The risk notice version in force' }),
  confirmedAt: Type.Union([Type.String(), Type.Null()], { description: 'When you confirmed that version; null if not yet' }),
});
export const ConfirmRiskNoticeBody = Type.Object({ version: Type.String({ maxLength: 32 }) }, { additionalProperties: false });
