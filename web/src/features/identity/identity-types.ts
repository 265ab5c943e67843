// The identity API's answers as the web app reads them (src/modules/identity/schemas.ts).
export type Notice = { version: string; titleZh: string; textZh: string; textEn: string };
export type Notices = { idConsent: Notice; riskNotice: Notice };

/** Only masked numbers ever reach the browser. */
export type Identity = {
  id: string;
  realName: string;
  idNumberMasked: string;
  mobileMasked: string;
  createdAt: string;
  consent: { noticeVersion: string; consentedAt: string };
};
export type IdentityList = { items: Identity[] };

export type RiskNoticeStatus = { version: string; confirmedAt: string | null };
