// Check-in devices in Chromium, on the demo event (gateway-2027); the door page reopens offline from its
// service worker and keeps a scan until the network is back. An operator creates a door device on
// the check-in page and gets its link once (with a QR code); a second browser — a volunteer's phone,
// never signed in — opens the link: the key leaves the address bar and is kept on the phone, and the
// same check-in desk checks a typed ticket code in and flags the second scan with the device's name.
// The operator revokes the device; the phone's next scan is refused and the page says it is no longer
// valid, and nothing more is checked in.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, reportSkippedWithoutChromium, useBrowser } from './browser.js';
import { checkedInAt, demoEventId, LAPTOP, PHONE, registerBusiness, shoot, signedInOperator } from './conference-ops-steps.js';

async function typeCode(page: Page, token: string) {
  const field = page.getByLabel('Scan, type or paste the code');
  await field.fill(token);
  await field.press('Enter');
}

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('conference door devices', () => {
  const e2e = useBrowser();

  it('lets a volunteer’s phone check people in with a door link, until the operator revokes it', async () => {
    const ops = await e2e.newPage(LAPTOP);
    await signedInOperator(ops);
    const eventId = await demoEventId(ops);
    const [maria, james, rosa] = [await registerBusiness(ops, 'Maria'), await registerBusiness(ops, 'James'), await registerBusiness(ops, 'Rosa')];

    // The operator makes a device and sees its link (and QR code) once.
    await ops.goto(`/ops/conference/${eventId}/checkin`);
    const devices = ops.getByTestId('checkin-devices');
    const name = `North door phone ${Date.now().toString(36)}`;
    await devices.getByLabel('Name for the door device').fill(name);
    await devices.getByRole('button', { name: 'Create door device' }).click();
    const shown = devices.getByTestId('door-link');
    await shown.getByText(`Door link for ${name}`).waitFor();
    await shown.getByTestId('door-qr').waitFor();
    const link = await shown.getByLabel('Door link').inputValue();
    expect(link).toMatch(new RegExp(`^${e2e.url}/conference/door#key=[A-Za-z0-9_-]{43}$`));
    const key = link.split('#key=')[1]!;
    const row = devices.locator('tr', { hasText: name });
    await row.getByText('Active').waitFor();
    await row.getByText('Not used yet').waitFor();
    await shown.scrollIntoViewIfNeeded();
    await shoot(ops, 'door-device-created');
    // The key is never listed again.
    const listed = await (await ops.request.get(`/api/v1/ops/conference/events/${eventId}/checkin-devices`)).text();
    expect(listed).toContain(name);
    expect(listed).not.toContain(key);

    // The volunteer's phone: a fresh browser, nobody signed in.
    const phone = await e2e.newPage(PHONE);
    await phone.goto(link);
    await phone.getByTestId('door-desk').waitFor();
    await phone.getByText(`This device: ${name}`).waitFor();
    await expect.poll(() => new URL(phone.url()).hash).toBe('');
    expect(new URL(phone.url()).pathname).toBe('/conference/door');
    expect(await phone.evaluate<string | null>("localStorage.getItem('gateway.checkin.door')")).toContain(key);
    expect((await (await phone.request.get('/api/v1/auth/session')).json()).user ?? null).toBeNull();
    await shoot(phone, 'door-ready');

    const outcome = phone.getByTestId('scan-outcome');
    await typeCode(phone, maria.token);
    await expect.poll(() => outcome.getAttribute('data-verdict')).toBe('checked_in');
    await outcome.getByText(maria.name).waitFor();
    expect(await checkedInAt(ops, maria.id)).not.toBeNull();
    await shoot(phone, 'door-checked-in');

    await typeCode(phone, maria.token);
    await expect.poll(() => outcome.getAttribute('data-verdict')).toBe('duplicate');
    expect(await phone.getByTestId('first-checkin').innerText()).toMatch(new RegExp(`^First checked in at .+ by ${name}$`));
    await shoot(phone, 'door-duplicate');

    // The venue Wi-Fi drops and the phone reloads the page: its service worker opens it from the cache,
    // and a scan waits on the device until the network is back.
    await expect.poll(() => phone.evaluate<boolean>("caches.open('gateway-door-v1').then((c) => c.match('/conference/door')).then((r) => r !== undefined && navigator.serviceWorker.controller !== null)"), { timeout: 15_000 }).toBe(true);
    await phone.context().setOffline(true);
    await phone.reload();
    await phone.getByTestId('door-desk').waitFor();
    await phone.getByText(`This device: ${name}`).waitFor();
    await typeCode(phone, rosa.token);
    await expect.poll(() => outcome.getAttribute('data-verdict')).toBe('offline');
    await shoot(phone, 'door-offline-reload');
    await phone.context().setOffline(false);
    await expect.poll(async () => checkedInAt(ops, rosa.id), { timeout: 15_000 }).not.toBeNull();

    // The operator sees the device in use, then revokes it.
    await ops.reload();
    await expect.poll(async () => (await row.innerText()).includes('Not used yet')).toBe(false);
    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    const dialog = ops.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await row.getByText(/^Revoked /).waitFor();
    await row.scrollIntoViewIfNeeded();
    await shoot(ops, 'door-device-revoked');

    // The phone's next scan is refused: the page says the device is no longer valid; nothing is checked in.
    await typeCode(phone, james.token);
    const refused = phone.getByTestId('door-refused');
    await refused.getByText('This device is no longer valid').waitFor();
    await refused.getByText('An operator revoked it. Ask an operator for a new door link.').waitFor();
    expect(await phone.getByTestId('door-desk').count()).toBe(0);
    expect(await checkedInAt(ops, james.id)).toBeNull();
    await shoot(phone, 'door-revoked');
    // The revoked key is forgotten: the page now asks for a door link.
    await phone.reload();
    await phone.getByTestId('door-no-key').waitFor();
    const direct = await phone.request.get('/api/v1/conference/door', { headers: { 'x-checkin-key': key } });
    expect(direct.status()).toBe(401);
    expect(((await direct.json()) as { error: { code: string } }).error.code).toBe('checkin_key_revoked');
  }, 90_000);
});
