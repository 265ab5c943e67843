// The steps the operators' conference browser tests share: signing in as the demo operator, finding
// the demo event (gateway-2027), registering a business through the public API (with its manage key
// and ticket code), reading a registration back, and screenshots (test-results/screenshots).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO, DEMO_PASSWORD, signInThroughForm } from './browser.js';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const LAPTOP = { viewport: { width: 1280, height: 900 } };
export const SLUG = 'gateway-2027';
let serial = 0;

export async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}conference-ops-${name}.png`, fullPage, animations: 'disabled' });
}

export async function signedInOperator(page: Page): Promise<void> {
  await signInThroughForm(page, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
  await page.waitForURL(/\/ops\/users/);
}

export async function csrf(page: Page): Promise<Record<string, string>> {
  const { csrfToken } = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  return { 'x-csrf-token': csrfToken };
}

/** The demo event's id (the demo seed makes Gateway '27 with its rooms, agenda and experts). */
export async function demoEventId(page: Page): Promise<string> {
  const list = (await (await page.request.get('/api/v1/ops/conference/events')).json()) as { items: Array<{ id: string; slug: string }> };
  const found = list.items.find((e) => e.slug === SLUG);
  expect(found, `the demo seed has ${SLUG}`).toBeDefined();
  return found!.id;
}

export type Registered = { id: string; key: string; name: string; company: string; email: string; token: string };

/** A business registers (general admission) through the public API; its ticket code is read with the manage key. */
export async function registerBusiness(page: Page, first: string): Promise<Registered> {
  const tag = `${Date.now().toString(36)}${serial++}`;
  const person = { firstName: first, lastName: `Tester${tag}`, company: `${first} Orchards ${tag}`, email: `${first.toLowerCase()}.${tag}@orchard.example` };
  const answer = await page.request.post(`/api/v1/conference/events/${SLUG}/registrations`, {
    headers: await csrf(page),
    data: { ...person, businessType: 'farm', state: 'MI', sells: 'tart cherries', chinaExperience: 'exploring', interests: ['food_agriculture'], consentContact: true, ticketType: 'general' },
  });
  expect(answer.status()).toBe(201);
  const { registration, manageKey } = (await answer.json()) as { registration: { id: string; status: string }; manageKey: string };
  expect(registration.status).toBe('confirmed');
  const ticket = await page.request.get(`/api/v1/conference/registrations/${registration.id}/ticket`, { headers: { 'x-registration-key': manageKey } });
  expect(ticket.status()).toBe(200);
  const { token } = (await ticket.json()) as { token: string };
  return { id: registration.id, key: manageKey, name: `${person.firstName} ${person.lastName}`, company: person.company, email: person.email, token };
}

export async function checkedInAt(page: Page, registrationId: string): Promise<string | null> {
  const r = (await (await page.request.get(`/api/v1/ops/conference/registrations/${registrationId}`)).json()) as { checkedInAt: string | null };
  return r.checkedInAt;
}
