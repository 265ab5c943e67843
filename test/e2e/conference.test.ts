// The Gateway conference in a browser, as a US business sees it (demo edition gateway-2027): the event
// page, the agenda filtered to day 2's workshops, the registration form (client-side checks first, then
// a registration with the hands-on workshop pass, its seat held for payment: a declined card on the
// sandbox card checkout, then a good one), "My registration" confirmed with the ticket QR (its
// token on data-token), a workshop seat (and the clash refused for the other workshop at that time),
// a 1:1 meeting booked with an expert, and the badge PDF and .ics files downloaded with the manage
// key. A second registration (general admission, on a phone) sees workshops locked, creates a seller
// account from its page to start a pre-filled seller application, then cancels after the confirmation
// dialog. Screenshots go to test-results/screenshots (conference-*.png).
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, reportSkippedWithoutChromium, useBrowser } from './browser.js';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1280, height: 860 } };
const EVENT = '/conference/gateway-2027';
const WORKSHOP = 'Hands-on: build your first cross-border listing';
const SAME_TIME_WORKSHOP = 'Hands-on: landed cost and pricing for China';

async function shoot(page: Page, name: string, fullPage = false) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}conference-${name}.png`, fullPage, animations: 'disabled' });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'latin1') };
}

type Business = { first: string; last: string; email: string; company: string; ticket: RegExp };

/** Fills and sends the registration form; returns the registration id and manage key the server answered. */
async function register(page: Page, who: Business, expected: 'confirmed' | 'offered' = 'confirmed'): Promise<{ id: string; key: string }> {
  await page.getByRole('radio', { name: who.ticket }).check();
  await page.getByLabel('First name').fill(who.first);
  await page.getByLabel('Last name').fill(who.last);
  await page.getByLabel('Work e-mail').fill(who.email);
  await page.getByLabel('Company').fill(who.company);
  await page.getByLabel('Business type').selectOption('farm');
  await page.getByLabel('State').selectOption('MI');
  await page.getByLabel('What do you sell?').fill('Dried Montmorency tart cherries and cherry juice concentrate');
  await page.getByRole('radio', { name: 'Exploring it' }).check();
  await page.getByRole('checkbox', { name: 'Food & agriculture' }).check();
  await page.getByRole('checkbox', { name: 'Logistics' }).check();
  await page.getByLabel('Dietary needs').fill('Vegetarian');
  await page.getByRole('checkbox', { name: /Gateway may contact me/ }).check();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/v1/conference/events/gateway-2027/registrations')),
    page.getByRole('button', { name: 'Register', exact: true }).last().click(),
  ]);
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { registration: { id: string; status: string }; manageKey: string };
  expect(body.registration.status).toBe(expected);
  await page.waitForURL((url) => url.pathname === `/conference/registrations/${body.registration.id}`);
  return { id: body.registration.id, key: body.manageKey };
}

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('conference: public pages and the attendee', () => {
  const e2e = useBrowser();

  it('registers a business with the workshop pass, signs up for a workshop, books an expert, downloads the badge and calendars', async () => {
    const page = await e2e.newPage(LAPTOP);
    const stamp = Date.now();

    // The published events, then the event page: dates and venue in Detroit time, seats, both ticket types, the ways on.
    await page.goto('/conference');
    await page.getByRole('heading', { level: 1, name: 'Gateway conferences' }).waitFor();
    await shoot(page, 'events');
    await page.getByRole('link', { name: "Gateway '27" }).last().click();
    await page.waitForURL((url) => url.pathname === EVENT);
    await page.getByRole('heading', { level: 1, name: "Gateway '27" }).waitFor();
    // Intl puts thin and narrow no-break spaces in ranges and before AM/PM: \s matches them.
    await page.getByText(/June 22\s*–\s*23, 2027/).first().waitFor();
    await page.getByText('1 Washington Blvd, Detroit, MI 48226').waitFor();
    await page.getByText(/Registration is open until Tue, Jun 15, 2027, 11:59\sPM EDT/).waitFor();
    expect(await page.locator('[data-capacity]').first().getAttribute('data-capacity')).toMatch(/^(open|nearly_full|waitlist_only)$/);
    expect(await page.locator('[data-ticket="general"]').innerText()).toContain('Free');
    expect(await page.locator('[data-ticket="workshop"]').innerText()).toMatch(/\$149\.00[\s\S]*\d+ seats left[\s\S]*Includes workshops/);
    await shoot(page, 'event', true);

    // The agenda, filtered to day 2's workshops (kept in the address), with rooms, times, speakers and seats.
    await page.getByRole('link', { name: 'See the agenda' }).click();
    await page.waitForURL(/\/agenda$/);
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    // The heading comes before the sessions have loaded: wait for them, then count.
    await page.locator('[data-session]').first().waitFor();
    const everything = await page.locator('[data-session]').count();
    expect(everything).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Wed, Jun 23' }).click();
    await page.getByLabel('Kind').selectOption('workshop');
    await page.waitForURL(/day=2027-06-23.*kind=workshop|kind=workshop.*day=2027-06-23/);
    await expect.poll(() => page.locator('[data-session]').count()).toBe(2);
    expect(await page.locator('[data-session]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kind')))).toEqual(['workshop', 'workshop']);
    const workshopCard = page.locator('[data-session]').first();
    expect(await workshopCard.innerText()).toMatch(/1:30\s*–\s*3:30\sPM EDT[\s\S]*Room 250[\s\S]*seats left/);
    await workshopCard.getByText(/^About /).first().click();
    await shoot(page, 'agenda');
    await page.getByLabel('Track').selectOption('Payments');
    await page.getByRole('heading', { name: 'No session matches these filters' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('[data-session]').count()).toBe(everything);

    // The experts holding office hours, with their open slots.
    await page.getByRole('navigation', { name: 'Event sections' }).getByRole('link', { name: 'Experts' }).click();
    await page.getByRole('heading', { level: 1, name: '1:1 meetings with experts' }).waitFor();
    expect(await page.locator('[data-expert]').filter({ hasText: 'Grace Chen' }).innerText()).toMatch(/Category manager[\s\S]*\d+ open slots · next Tue, Jun 22/);
    await shoot(page, 'experts');

    // The form: checked before anything is sent, then sent with the workshop pass.
    await page.goto(EVENT);
    await page.locator('[data-ticket="workshop"]').getByRole('link', { name: 'Choose this ticket' }).click();
    await page.waitForURL(/\/register\?ticket=workshop$/);
    expect(await page.getByRole('radio', { name: /Hands-on workshop pass/ }).isChecked()).toBe(true);
    let posted = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/registrations')) posted += 1;
    });
    await page.getByRole('button', { name: 'Register', exact: true }).last().click();
    await page.locator('#reg-firstName-error').getByText('Fill this in').waitFor();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('reg-firstName');
    await page.getByLabel('Work e-mail').fill('not-an-address');
    await page.locator('#reg-email-error').getByText(/Enter an e-mail address/).waitFor();
    expect(posted).toBe(0);
    await shoot(page, 'register-errors');
    const who = { first: 'Marisol', last: 'Ortega', email: `marisol.${stamp}@thumbcoast.example`, company: 'Thumb Coast Cherry Co.', ticket: /Hands-on workshop pass/ };
    const { id, key } = await register(page, who, 'offered');

    // The $149 pass: the seat is held while the registrant pays; the key is kept on this device and out of the address bar.
    const status = page.locator('.conf-status[data-status="offered"]');
    await status.getByRole('heading', { name: 'Pay to confirm your seat' }).waitFor();
    await page.getByText(`Your seat is held. Pay below to confirm it; we sent the details to ${who.email}.`).waitFor();
    await status.getByText(/^Pay by \w/).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(`localStorage.getItem('gateway.conference.key.${id}')`)).toBe(key);
    await shoot(page, 'payment-due');
    await status.getByRole('button', { name: 'Pay $149.00' }).click();
    // The card processor's checkout page (the sandbox): a declined card first, then a good one.
    await page.waitForURL(/\/pay\/card\/cpy_/);
    await page.getByText('$149.00').first().waitFor();
    await page.getByLabel('Card number').fill('4000 0000 0000 0002');
    await page.getByLabel('Expiry (MM/YY)').fill('12/30');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: 'Pay $149.00' }).click();
    await page.getByText('Your card was declined (card_declined). Try another card.').waitFor();
    await shoot(page, 'card-declined');
    await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    await page.getByLabel('Expiry (MM/YY)').fill('12/30');
    await page.getByLabel('CVC').fill('123');
    await page.getByRole('button', { name: 'Pay $149.00' }).click();

    // Back on My registration: the processor's confirmation confirms the seat, with the ticket.
    await page.waitForURL((url) => url.pathname === `/conference/registrations/${id}`);
    await page.locator('.conf-status[data-status="confirmed"]').getByText('You’re in').waitFor({ timeout: 20_000 });
    await page.getByText(/^Paid \$149\.00 on /).waitFor();
    const token = await page.getByTestId('ticket-qr').getAttribute('data-token');
    expect(token).toMatch(new RegExp(`^GW1\\.${id}\\.`));
    expect(await page.getByRole('img', { name: 'Ticket QR code for Marisol Ortega' }).isVisible()).toBe(true);
    await shoot(page, 'registration');

    // A workshop seat on day 1; the other workshop at the same time shows the clash and is refused.
    const picker = page.getByTestId('session-picker');
    await picker.getByRole('button', { name: 'Workshops' }).click();
    const listing = picker.locator('[data-session]').filter({ hasText: WORKSHOP });
    await listing.getByRole('button', { name: 'Reserve a seat' }).click();
    await page.getByText(`You have a seat in “${WORKSHOP}”.`).waitFor();
    const mine = page.getByTestId('my-agenda').locator('[data-session]').filter({ hasText: WORKSHOP });
    await mine.locator('[data-signup="confirmed"]').getByText('Your seat').waitFor();
    const other = picker.locator('[data-session]').filter({ hasText: SAME_TIME_WORKSHOP });
    await other.getByText(`Clashes with “${WORKSHOP}”`).waitFor();
    await other.getByRole('button', { name: /Reserve a seat|Join the waitlist/ }).click();
    await other.getByRole('alert').getByText(/already signed up for “Hands-on: build your first cross-border listing”/).waitFor();
    await other.scrollIntoViewIfNeeded();
    await shoot(page, 'signup-clash');

    // A 1:1 meeting with the food & agriculture category manager, with a topic; then its .ics.
    const meetings = page.getByTestId('meetings');
    const grace = meetings.locator('[data-expert]').filter({ hasText: 'Grace Chen' });
    await grace.getByRole('button', { name: 'See open times' }).click();
    // Her day-1 afternoon slots fall in the workshop: crossed out and not bookable.
    const slots = grace.getByTestId('expert-slots');
    await slots.getByText(/Crossed-out times clash/).waitFor();
    const clashing = slots.locator('[data-clash]');
    expect(await clashing.count()).toBeGreaterThan(0);
    expect(await clashing.first().isDisabled()).toBe(true);
    expect(await clashing.first().getAttribute('aria-label')).toMatch(/^2:00\sPM on Tuesday, June 22 clashes with your agenda$/);
    await slots.locator('[data-slot]:not([disabled])').first().click();
    const dialog = page.getByRole('dialog', { name: 'Meet Grace Chen' });
    await dialog.getByLabel('What would you like to discuss?').fill('Listing dried cherries for Singles’ Day');
    await shoot(page, 'book-meeting');
    await dialog.getByRole('button', { name: 'Book meeting' }).click();
    const meeting = meetings.locator('[data-meeting]').filter({ hasText: 'Grace Chen' });
    await meeting.getByText('Booked').waitFor();
    expect(await meeting.innerText()).toMatch(/Expert lounge, table \d+[\s\S]*Listing dried cherries/);
    await meetings.getByText('1 of 3 meetings booked', { exact: false }).waitFor();
    const meetingIcs = await downloaded(page, () => meeting.getByRole('button', { name: 'Add to calendar' }).click());
    expect(meetingIcs.text).toContain('BEGIN:VCALENDAR');
    expect(meetingIcs.text).toContain('Grace Chen');
    await meeting.scrollIntoViewIfNeeded();
    await shoot(page, 'meetings');

    // The badge PDF and the personal agenda .ics, fetched with the key; the public event .ics.
    const badge = await downloaded(page, () => page.getByRole('button', { name: 'Badge (PDF)' }).click());
    expect(badge.name).toBe('badge-gateway-2027.pdf');
    expect(badge.text.startsWith('%PDF')).toBe(true);
    const agenda = await downloaded(page, () => page.getByRole('button', { name: 'My agenda (.ics)' }).click());
    expect(agenda.text).toContain('BEGIN:VCALENDAR');
    expect(agenda.text).toContain('Hands-on: build your first');
    const eventIcs = await downloaded(page, () => page.getByRole('link', { name: 'Event dates (.ics)' }).click());
    expect(eventIcs.text).toContain('BEGIN:VCALENDAR');
    await shoot(page, 'registration-full', true);

    // A reload reads the key kept on this device; a phone opened with the e-mail's link works too.
    await page.reload();
    await page.locator('.conf-status[data-status="confirmed"]').waitFor();
    await page.getByTestId('my-agenda').locator('[data-signup="confirmed"]').first().waitFor();
    const phone = await e2e.newPage(PHONE);
    await phone.goto(`/conference/registrations/${id}#key=${key}`);
    await phone.locator('.conf-status[data-status="confirmed"]').waitFor();
    await phone.getByTestId('ticket-qr').waitFor();
    await shoot(phone, 'registration-phone');
    await phone.getByTestId('meetings').scrollIntoViewIfNeeded();
    await shoot(phone, 'meetings-phone');

    // Without the key, the registration cannot be opened (and nothing says whether it exists).
    const stranger = await e2e.newPage(LAPTOP);
    await stranger.goto(`/conference/registrations/${id}`);
    await stranger.getByRole('heading', { name: 'We cannot open this registration' }).waitFor();
    expect(await stranger.content()).not.toContain(who.email);
  }, 120_000);

  it('on a phone: general admission sees workshops locked, signs up as a seller to start an application, and cancels after confirming', async () => {
    const page = await e2e.newPage(PHONE);
    await page.goto(EVENT);
    await page.getByRole('heading', { level: 1, name: "Gateway '27" }).waitFor();
    await shoot(page, 'event-phone');
    // Every text has its Chinese: the switch turns the page over, and back.
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('link', { name: '立即报名' }).first().waitFor();
    await page.getByText('报名截止时间：', { exact: false }).waitFor();
    await shoot(page, 'event-zh-phone');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('navigation', { name: 'Event sections' }).getByRole('link', { name: 'Register' }).click();
    await page.waitForURL(/\/register$/);
    await shoot(page, 'register-phone');
    const { id } = await register(page, { first: 'Hannah', last: 'Brooks', email: `hannah.${Date.now()}@mittenhoney.example`, company: 'Mitten State Honey', ticket: /General admission/ });
    await page.locator('.conf-status[data-status="confirmed"]').waitFor();

    const picker = page.getByTestId('session-picker');
    await picker.getByRole('button', { name: 'Workshops' }).click();
    const workshop = picker.locator('[data-session]').filter({ hasText: WORKSHOP });
    await workshop.getByText('Needs the workshop pass').waitFor();
    expect(await workshop.getByRole('button', { name: 'Reserve a seat' }).isDisabled()).toBe(true);

    // Not signed in: the seller application explains and links to sign-up with the way back.
    const seller = page.locator('.conf-seller');
    const signUp = seller.getByRole('link', { name: 'Create a seller account' });
    expect(await signUp.getAttribute('href')).toBe(`/seller/sign-up?next=${encodeURIComponent(`/conference/registrations/${id}`)}`);
    await signUp.click();
    await page.getByLabel('Your name').fill('Hannah Brooks');
    await page.getByLabel('E-mail').fill(`hannah.seller.${Date.now()}@mittenhoney.example`);
    await page.getByLabel('Password').fill('wildflower-honey-2027');
    await page.locator('form').getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => url.pathname === `/conference/registrations/${id}`);
    await seller.getByRole('button', { name: 'Start my seller application' }).click();
    await seller.getByText('Your seller application is started.').waitFor();
    expect(await seller.getByRole('link', { name: 'Continue in Seller Center' }).getAttribute('href')).toBe('/seller/apply');
    await seller.scrollIntoViewIfNeeded();
    await shoot(page, 'seller-application-phone');

    await page.getByRole('button', { name: 'Cancel my registration' }).click();
    const dialog = page.getByRole('dialog', { name: "Cancel your registration for Gateway '27?" });
    await shoot(page, 'cancel-dialog');
    await dialog.getByRole('button', { name: 'Cancel registration' }).click();
    await page.locator('.conf-status[data-status="cancelled"]').getByText('Registration cancelled').waitFor();
    await page.getByText('Your registration is cancelled.').waitFor();
    expect(await page.getByTestId('ticket-qr').count()).toBe(0);
    await shoot(page, 'cancelled-phone');
  }, 90_000);
});
