// Walks every registered route with every role and checks the guard's answer: 401 for anonymous
// callers of protected routes, 403 for roles the route does not admit, and never 401/403-by-role
// (nor a 5xx) for callers it admits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayCall } from '../../src/platform/auth.js';
import type { RouteEntry } from '../../src/app.js';
import { makeTestApp, type TestApp } from '../app.js';
import { TestClient } from '../client.js';
import { signedInAs } from '../factories.js';

type Caller = 'anonymous' | 'shopper' | 'applicant' | 'seller' | 'operator';
const CALLERS: Caller[] = ['anonymous', 'shopper', 'applicant', 'seller', 'operator'];

let app: TestApp;
beforeAll(async () => {
  app = await makeTestApp();
  await app.ready();
});
afterAll(async () => app.cleanup());

const SAMPLE_PARAMS: Record<string, string> = {
  userId: 'usr_00000000000000000000000000',
  productId: 'prd_00000000000000000000000000',
  mediaId: 'med_00000000000000000000000000',
  applicationId: 'app_00000000000000000000000000',
  versionId: 'plv_00000000000000000000000000',
  hsCode: '08134090',
  hsPrefix: '3304',
  bracketId: 'frt_00000000000000000000000000',
  tariffId: 'trf_00000000000000000000000000',
  lineId: 'cln_00000000000000000000000000',
  identityId: 'sid_00000000000000000000000000',
  addressId: 'adr_00000000000000000000000000',
  orderNo: 'GW202601010000000000',
  checkoutId: 'chk_00000000000000000000000000',
  paymentId: 'pay_00000000000000000000000000',
  provider: 'sandbox',
  outcome: 'decline',
  token: 'no-such-invitation-token-000',
  slug: 'no-such-event',
  eventId: 'cev_00000000000000000000000000',
  registrationId: 'crg_00000000000000000000000000',
  roomId: 'crm_00000000000000000000000000',
  ticketTypeId: 'ctt_00000000000000000000000000',
  sessionId: 'cse_00000000000000000000000000',
  speakerId: 'csp_00000000000000000000000000',
  expertId: 'cex_00000000000000000000000000',
  slotId: 'cms_00000000000000000000000000',
  deviceId: 'ccd_00000000000000000000000000',
  '*': 'no-such-file.txt',
};

function concreteUrl(url: string): string {
  return url.replace(/:(\w+)/g, (_m, name: string) => SAMPLE_PARAMS[name] ?? 'x').replace('*', SAMPLE_PARAMS['*']!);
}

async function clientFor(caller: Caller): Promise<TestClient> {
  if (caller === 'anonymous') {
    const c = new TestClient(app);
    await c.refreshCsrf();
    return c;
  }
  return (await signedInAs(app, caller)).client;
}

// The intended access of every route, written out by hand: a new route fails this test until its
// access is stated here, and a route whose declared access drifts from this table fails too.
const EXPECTED_ACCESS: Record<string, string> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /metrics': 'public',
  'GET /openapi.json': 'public',
  'GET /docs': 'public',
  'GET /docs/*': 'public',
  'GET /docs/static/*': 'public',
  'GET /docs/json': 'public',
  'GET /docs/yaml': 'public',
  'GET /docs/static/index.html': 'public',
  'GET /docs/static/swagger-initializer.js': 'public',
  'GET /': 'public',
  'GET /*': 'public',
  'GET /api/v1/auth/session': 'public',
  'POST /api/v1/auth/sign-up': 'public',
  'POST /api/v1/auth/sign-in': 'public',
  'POST /api/v1/auth/sign-out': 'signed-in',
  'POST /api/v1/auth/password': 'signed-in',
  'GET /api/v1/stores': 'public',
  'GET /api/v1/storefront/home': 'public',
  'GET /api/v1/storefront/products/:productId': 'public',
  'GET /api/v1/storefront/sellers/:sellerId': 'public',
  'GET /api/v1/search': 'public',
  'GET /api/v1/search/suggest': 'public',
  'GET /api/v1/seller/organisation': 'seller',
  'GET /api/v1/ops/users': 'operator',
  'POST /api/v1/ops/users/:userId/status': 'operator',
  'GET /api/v1/ops/sellers': 'operator',
  'GET /api/v1/ops/audit': 'operator',
  'POST /api/v1/media/images': 'seller',
  'GET /api/v1/media/images/:mediaId': 'seller,operator',
  'DELETE /api/v1/media/images/:mediaId': 'seller',
  'POST /api/v1/media/documents': 'signed-in',
  'GET /api/v1/media/documents/:mediaId': 'shopper,seller,operator',
  'GET /media/*': 'public',
  'GET /api/v1/catalog/categories': 'public',
  'GET /api/v1/catalog/tariff-lines/:hsCode': 'seller,operator',
  'GET /api/v1/ops/positive-list/versions': 'operator',
  'POST /api/v1/ops/positive-list/versions': 'operator',
  'GET /api/v1/ops/positive-list/versions/:versionId/lines': 'operator',
  'GET /api/v1/seller/products': 'seller',
  'GET /api/v1/seller/products/summary': 'seller',
  'POST /api/v1/seller/products': 'seller',
  'GET /api/v1/seller/products/:productId': 'seller',
  'GET /api/v1/seller/products/:productId/stock': 'seller',
  'POST /api/v1/seller/stock/adjustments': 'seller',
  'GET /api/v1/seller/stock/movements': 'seller',
  'PUT /api/v1/seller/products/:productId': 'seller',
  'GET /api/v1/seller/products/:productId/eligibility': 'seller',
  'POST /api/v1/seller/eligibility-check': 'seller',
  'POST /api/v1/seller/products/:productId/publish': 'seller',
  'POST /api/v1/seller/products/:productId/unpublish': 'seller',
  'POST /api/v1/seller/products/:productId/archive': 'seller',
  'POST /api/v1/seller/products/:productId/restore': 'seller',
  'GET /api/v1/seller/catalog-imports/template.csv': 'seller',
  'POST /api/v1/seller/catalog-imports': 'seller',
  'GET /api/v1/seller/catalog-imports': 'seller',
  'GET /api/v1/seller/catalog-imports/:importId': 'seller',
  'POST /api/v1/seller/catalog-imports/:importId/commit': 'seller',
  'POST /api/v1/seller/catalog-imports/:importId/discard': 'seller',
  'GET /api/v1/ops/products': 'operator',
  'GET /api/v1/ops/products/:productId': 'operator',
  'POST /api/v1/ops/products/:productId/suspend': 'operator',
  'POST /api/v1/ops/products/:productId/reinstate': 'operator',
  'GET /api/v1/seller/application': 'seller',
  'PUT /api/v1/seller/application': 'seller',
  'POST /api/v1/seller/application/attachments': 'seller',
  'DELETE /api/v1/seller/application/attachments/:attachmentId': 'seller',
  'POST /api/v1/seller/application/submit': 'seller',
  'GET /api/v1/ops/applications': 'operator',
  'GET /api/v1/ops/applications/:applicationId': 'operator',
  'POST /api/v1/ops/applications/:applicationId/approve': 'operator',
  'POST /api/v1/ops/applications/:applicationId/request-changes': 'operator',
  'POST /api/v1/ops/applications/:applicationId/reject': 'operator',
  'GET /api/v1/seller/store': 'seller',
  'PUT /api/v1/seller/store': 'seller',
  'GET /api/v1/seller/invitations': 'seller',
  'POST /api/v1/seller/invitations': 'seller',
  'DELETE /api/v1/seller/invitations/:invitationId': 'seller',
  'GET /api/v1/invitations/:token': 'public',
  'POST /api/v1/invitations/:token/accept': 'signed-in',
  'GET /api/v1/fx-rates/current': 'public',
  'GET /api/v1/ops/fx-rates': 'operator',
  'POST /api/v1/ops/fx-rates': 'operator',
  'POST /api/v1/ops/fx-rates/import': 'operator',
  'POST /api/v1/quotes': 'public',
  'GET /api/v1/quotes/:quoteId': 'public',
  'GET /api/v1/cart': 'public',
  'GET /api/v1/cart/count': 'public',
  'POST /api/v1/cart/lines': 'public',
  'PATCH /api/v1/cart/lines/:lineId': 'public',
  'DELETE /api/v1/cart/lines/:lineId': 'public',
  'GET /api/v1/identity/notices': 'public',
  'GET /api/v1/me/identities': 'shopper',
  'POST /api/v1/me/identities': 'shopper',
  'DELETE /api/v1/me/identities/:identityId': 'shopper',
  'GET /api/v1/me/risk-notice': 'shopper',
  'POST /api/v1/me/risk-notice': 'shopper',
  'GET /api/v1/me/addresses': 'shopper',
  'POST /api/v1/me/addresses': 'shopper',
  'PATCH /api/v1/me/addresses/:addressId': 'shopper',
  'DELETE /api/v1/me/addresses/:addressId': 'shopper',
  'POST /api/v1/me/addresses/:addressId/default': 'shopper',
  'POST /api/v1/checkout': 'shopper',
  'GET /api/v1/me/orders': 'shopper',
  'GET /api/v1/me/orders/:orderNo': 'shopper',
  'POST /api/v1/me/orders/:orderNo/cancel': 'shopper',
  'POST /api/v1/me/orders/:orderNo/confirm-receipt': 'shopper',
  'POST /api/v1/me/orders/:orderNo/return-request': 'shopper',
  'POST /api/v1/me/checkouts/:checkoutId/payments': 'shopper',
  'GET /api/v1/me/payments/:paymentId': 'shopper',
  'POST /api/v1/payments/:provider/notify': 'public',
  'GET /pay/sandbox/:paymentId': 'shopper',
  'POST /api/v1/sandbox-wallet/:paymentId/:outcome': 'shopper',
  'POST /api/v1/card-payments/:provider/webhook': 'public',
  'GET /pay/card/:paymentId': 'public',
  'POST /api/v1/sandbox-card/:paymentId': 'public',
  'GET /api/v1/ops/mail': 'operator',
  'GET /api/v1/seller/orders': 'seller',
  'GET /api/v1/seller/orders/pick-list': 'seller',
  'GET /api/v1/seller/orders/:orderNo': 'seller',
  'POST /api/v1/seller/orders/:orderNo/ship': 'seller',
  'GET /api/v1/ops/orders': 'operator',
  'GET /api/v1/ops/orders/:orderNo': 'operator',
  'POST /api/v1/ops/orders/:orderNo/actions': 'operator',
  'GET /api/v1/conference/events': 'public',
  'GET /api/v1/conference/events/:slug': 'public',
  'POST /api/v1/conference/events/:slug/registrations': 'public',
  'GET /api/v1/conference/events/:slug/agenda': 'public',
  'GET /api/v1/conference/events/:slug/calendar.ics': 'public',
  'GET /api/v1/conference/events/:slug/experts': 'public',
  'GET /api/v1/conference/events/:slug/experts/:expertId/slots': 'public',
  'GET /api/v1/conference/registrations/:registrationId': 'public',
  'POST /api/v1/conference/registrations/:registrationId/cancel': 'public',
  'POST /api/v1/conference/registrations/:registrationId/claim': 'public',
  'POST /api/v1/ops/conference/events/:eventId/checkin-devices': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/checkin-devices': 'operator',
  'POST /api/v1/ops/conference/checkin-devices/:deviceId/revoke': 'operator',
  'GET /api/v1/conference/door': 'public',
  'POST /api/v1/conference/door/events/:eventId/checkins': 'public',
  'POST /api/v1/conference/door/events/:eventId/checkins/manual': 'public',
  'GET /api/v1/conference/door/events/:eventId/checkins/search': 'public',
  'GET /api/v1/conference/door/events/:eventId/checkins/stats': 'public',
  'POST /api/v1/conference/registrations/:registrationId/payment': 'public',
  'POST /api/v1/conference/registrations/:registrationId/seller-application': 'seller',
  'GET /api/v1/conference/registrations/:registrationId/agenda': 'public',
  'POST /api/v1/conference/registrations/:registrationId/sessions/:sessionId': 'public',
  'DELETE /api/v1/conference/registrations/:registrationId/sessions/:sessionId': 'public',
  'GET /api/v1/conference/registrations/:registrationId/ticket': 'public',
  'GET /api/v1/conference/registrations/:registrationId/ticket.svg': 'public',
  'GET /api/v1/conference/registrations/:registrationId/badge.pdf': 'public',
  'GET /api/v1/conference/registrations/:registrationId/calendar.ics': 'public',
  'GET /api/v1/conference/registrations/:registrationId/meetings/:slotId/calendar.ics': 'public',
  'GET /api/v1/conference/registrations/:registrationId/meetings': 'public',
  'POST /api/v1/conference/registrations/:registrationId/meetings': 'public',
  'DELETE /api/v1/conference/registrations/:registrationId/meetings/:slotId': 'public',
  'GET /api/v1/conference/me/experts': 'signed-in',
  'GET /api/v1/conference/me/experts/:expertId/slots': 'signed-in',
  'POST /api/v1/conference/me/experts/:expertId/slots': 'signed-in',
  'DELETE /api/v1/conference/me/experts/:expertId/slots/:slotId': 'signed-in',
  'POST /api/v1/conference/me/experts/:expertId/slots/:slotId/decision': 'signed-in',
  'GET /api/v1/ops/conference/events': 'operator',
  'POST /api/v1/ops/conference/events': 'operator',
  'GET /api/v1/ops/conference/events/:eventId': 'operator',
  'PATCH /api/v1/ops/conference/events/:eventId': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/rooms': 'operator',
  'PATCH /api/v1/ops/conference/rooms/:roomId': 'operator',
  'DELETE /api/v1/ops/conference/rooms/:roomId': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/ticket-types': 'operator',
  'PATCH /api/v1/ops/conference/ticket-types/:ticketTypeId': 'operator',
  'DELETE /api/v1/ops/conference/ticket-types/:ticketTypeId': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/registrations': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/registrations.csv': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/stats': 'operator',
  'GET /api/v1/ops/conference/registrations/:registrationId': 'operator',
  'POST /api/v1/ops/conference/registrations/:registrationId/cancel': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/waitlist/offer-next': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/sessions': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/sessions': 'operator',
  'PATCH /api/v1/ops/conference/events/:eventId/sessions/:sessionId': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/sessions/:sessionId/cancel': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/speakers': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/speakers': 'operator',
  'PATCH /api/v1/ops/conference/events/:eventId/speakers/:speakerId': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/experts': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/experts': 'operator',
  'PATCH /api/v1/ops/conference/events/:eventId/experts/:expertId': 'operator',
  'DELETE /api/v1/ops/conference/events/:eventId/experts/:expertId': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/experts/:expertId/slots': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/experts/:expertId/slots': 'operator',
  'PATCH /api/v1/ops/conference/events/:eventId/experts/:expertId/slots/:slotId': 'operator',
  'DELETE /api/v1/ops/conference/events/:eventId/experts/:expertId/slots/:slotId': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/experts/:expertId/slots/:slotId/decision': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/badges.pdf': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/checkins': 'operator',
  'POST /api/v1/ops/conference/events/:eventId/checkins/manual': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/checkins/search': 'operator',
  'GET /api/v1/ops/conference/events/:eventId/checkins/stats': 'operator',
  'POST /api/v1/calculator/landed-cost': 'public',
  'GET /api/v1/ops/pricing/settings': 'operator',
  'PUT /api/v1/ops/pricing/settings': 'operator',
  'GET /api/v1/ops/pricing/vat-rates': 'operator',
  'PUT /api/v1/ops/pricing/vat-rates/:hsCode': 'operator',
  'GET /api/v1/ops/pricing/consumption-tax-rules': 'operator',
  'PUT /api/v1/ops/pricing/consumption-tax-rules/:hsPrefix': 'operator',
  'POST /api/v1/ops/pricing/tariffs': 'operator',
  'GET /api/v1/ops/pricing/tariffs': 'operator',
  'POST /api/v1/ops/pricing/tariffs/:tariffId/end': 'operator',
  'POST /api/v1/ops/pricing/vat-rates/import': 'operator',
  'GET /api/v1/ops/pricing/freight': 'operator',
  'PATCH /api/v1/ops/pricing/freight/:bracketId': 'operator',
};

describe('role × route', () => {
  it('declares for every route exactly the access intended', () => {
    const actual = Object.fromEntries(app.routeCatalog.map((r) => [`${r.method} ${r.url}`, Array.isArray(r.access) ? r.access.join(',') : r.access]));
    const expected = Object.fromEntries(Object.keys(actual).map((k) => [k, EXPECTED_ACCESS[k] ?? '(not in the table)']));
    expect(actual).toEqual(expected);
  });

  it('registers the routes it should, each with a declared access', () => {
    const api = app.routeCatalog.filter((r) => r.url.startsWith('/api/'));
    expect(api.length).toBeGreaterThanOrEqual(10);
    for (const r of api) expect(r.access, `${r.method} ${r.url}`).toBeDefined();
    expect(app.routeCatalog.map((r) => `${r.method} ${r.url}`)).toEqual(expect.arrayContaining(['GET /healthz', 'GET /readyz', 'GET /metrics', 'GET /openapi.json']));
  });

  it('answers every route × role as its access declares', async () => {
    const routes: RouteEntry[] = app.routeCatalog;
    const failures: string[] = [];
    let checked = 0;
    // One signed-in client per caller, except for sign-out, which would end the session it uses.
    const shared = new Map<Caller, TestClient>();
    for (const caller of CALLERS) shared.set(caller, await clientFor(caller));
    for (const route of routes) {
      for (const caller of CALLERS) {
        const client = route.url === '/api/v1/auth/sign-out' ? await clientFor(caller) : shared.get(caller)!;
        const method = route.method as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
        const res = await client.request(method, concreteUrl(route.url), method === 'GET' ? undefined : {});
        const code: string | undefined = res.headers['content-type']?.toString().includes('json') ? res.json()?.error?.code : undefined;
        const role = caller === 'anonymous' ? null : caller === 'applicant' ? 'seller' : caller;
        const expected = mayCall(route.access, role ? ({ role } as never) : null);
        const label = `${route.method} ${route.url} as ${caller}: ${res.statusCode} ${code ?? ''}`;
        if (res.statusCode >= 500) failures.push(`${label} (server error)`);
        else if (expected === 'unauthenticated' && !(res.statusCode === 401 && code === 'unauthenticated')) failures.push(`${label} (wanted 401)`);
        else if (expected === 'forbidden' && !(res.statusCode === 403 && code === 'forbidden_role')) failures.push(`${label} (wanted 403)`);
        else if (expected === 'allowed' && (code === 'unauthenticated' || code === 'forbidden_role')) failures.push(`${label} (wanted access)`);
        checked++;
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(routes.length * CALLERS.length);
  }, 120_000);

  it('keeps operator routes from sellers and shoppers, and seller routes from shoppers', async () => {
    const { client: shopper } = await signedInAs(app, 'shopper');
    const { client: seller } = await signedInAs(app, 'seller');
    expect((await shopper.get('/api/v1/ops/users')).statusCode).toBe(403);
    expect((await seller.get('/api/v1/ops/users')).statusCode).toBe(403);
    expect((await shopper.get('/api/v1/seller/organisation')).statusCode).toBe(403);
    expect((await new TestClient(app).get('/api/v1/ops/audit')).statusCode).toBe(401);
  });
});
