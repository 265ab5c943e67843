// The operators' conference pages for attendees in Chromium, signed in as the demo operator, on the
// demo event (gateway-2027). At the door on a phone: a registered business's ticket code pasted →
// CHECKED IN; the same code again → ALREADY CHECKED IN, flagged with the first scan's device; with the
// connection cut a second ticket is kept on the device ("1 scan waiting to sync", nothing reaches the
// server) and is checked in once the connection is back (or by the next page, if this one was closed).
// The camera: a fake camera showing a ticket's QR code is decoded and checked in. Registrations:
// search, CSV export, cancel with a reason, badges; the overview's charts; the arrivals dashboard.
// The agenda and the experts' meetings are in conference-ops-agenda.test.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, hasChromium, reportSkippedWithoutChromium, useBrowser } from './browser.js';
import { checkedInAt, csrf, demoEventId, LAPTOP, PHONE, registerBusiness, shoot, signedInOperator, SLUG } from './conference-ops-steps.js';

/** The check-in queue this device keeps for the event (localStorage), as stored. */
const storedQueue = (page: Page, eventId: string) => page.evaluate<string | null>(`localStorage.getItem(${JSON.stringify(`gateway.checkin.queue.${eventId}`)})`);

async function pasteCode(page: Page, token: string) {
  const field = page.getByLabel('Scan, type or paste the code');
  await field.fill(token);
  await field.press('Enter');
}

/** A Y4M clip of a QR code, what Chromium's fake camera plays in a loop. */
function qrVideo(text: string, dir: string): string {
  const [w, h, scale] = [640, 480, 8];
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const luma = Buffer.alloc(w * h, 255);
  const left = Math.floor((w - modules.size * scale) / 2);
  const top = Math.floor((h - modules.size * scale) / 2);
  for (let r = 0; r < modules.size; r++)
    for (let c = 0; c < modules.size; c++)
      if (modules.get(r, c)) for (let y = 0; y < scale; y++) luma.fill(0, (top + r * scale + y) * w + left + c * scale, (top + r * scale + y) * w + left + (c + 1) * scale);
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = join(dir, 'ticket.y4m');
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]));
  return file;
}

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('conference operators: attendees', () => {
  const e2e = useBrowser();

  it('checks a pasted ticket in, flags the second scan, and keeps an offline scan until it syncs', async () => {
    const page = await e2e.newPage(PHONE);
    await signedInOperator(page);
    const eventId = await demoEventId(page);
    const [maria, james] = [await registerBusiness(page, 'Maria'), await registerBusiness(page, 'James')];

    await page.goto(`/ops/conference/${eventId}/checkin`);
    const outcome = page.getByTestId('scan-outcome');
    await outcome.getByText('Ready to scan').waitFor();
    // Name this device, as staff at door 1 would; the name stays after a reload.
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('Device name').fill('door 1');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('This device: door-1').waitFor();
    await page.reload();
    await page.getByText('This device: door-1').waitFor();
    await shoot(page, 'checkin-ready');

    await pasteCode(page, maria.token);
    await expect.poll(() => outcome.getAttribute('data-verdict')).toBe('checked_in');
    expect(await outcome.innerText()).toMatch(/CHECKED IN/i);
    await outcome.getByText(maria.name).waitFor();
    expect(await outcome.innerText()).toContain(maria.company);
    expect(await outcome.innerText()).toContain('General admission');
    expect(await checkedInAt(page, maria.id)).not.toBeNull();
    await shoot(page, 'checkin-checked-in');

    // The same ticket again: flagged, with when and where it was first scanned, and not counted twice.
    const firstAt = await checkedInAt(page, maria.id);
    await pasteCode(page, maria.token);
    await expect.poll(() => outcome.getAttribute('data-verdict')).toBe('duplicate');
    expect(await outcome.innerText()).toMatch(/ALREADY CHECKED IN/i);
    expect(await page.getByTestId('first-checkin').innerText()).toMatch(/^First checked in at .+ by door-1$/);
    expect(await checkedInAt(page, maria.id)).toBe(firstAt);
    await shoot(page, 'checkin-duplicate');

    // A forged code (one character of the signature changed) is refused.
    const forged = maria.token.slice(0, -1) + (maria.token.endsWith('A') ? 'B' : 'A');
    await pasteCode(page, forged);
    await expect.poll(() => outcome.getAttribute('data-verdict')).toBe('invalid');
    expect(await outcome.innerText()).toMatch(/INVALID TICKET\s+The code’s signature does not match: forged or altered\./i);

    // The venue Wi-Fi drops: the scan stays on the device, and nothing reaches the server.
    await page.context().setOffline(true);
    await page.getByText('Offline — scans are kept on this device').waitFor();
    await pasteCode(page, james.token);
    await expect.poll(() => outcome.getAttribute('data-verdict')).toBe('offline');
    await page.getByTestId('sync-waiting').getByText('1 scan waiting to sync').waitFor();
    const queued = JSON.parse((await storedQueue(page, eventId)) ?? '[]') as Array<{ token?: string; scanId: string }>;
    expect(queued.map((s) => s.token)).toEqual([james.token]);
    expect(queued[0]!.scanId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await checkedInAt(page, james.id)).toBeNull();
    await shoot(page, 'checkin-offline');

    // Back online: the queue syncs by itself and the waiting scan turns into CHECKED IN.
    await page.context().setOffline(false);
    await expect.poll(() => outcome.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('checked_in');
    await outcome.getByText(james.name).waitFor();
    await page.getByTestId('sync-waiting').getByText('All scans synced').waitFor();
    expect(await storedQueue(page, eventId)).toBeNull();
    expect(await checkedInAt(page, james.id)).not.toBeNull();
    await shoot(page, 'checkin-synced');

    // Someone without their code: found by company, checked in by hand.
    const grace = await registerBusiness(page, 'Grace');
    await page.getByLabel(/^Name, company or e-mail/).fill(grace.company);
    await page.getByRole('button', { name: `Check in ${grace.name}` }).click();
    await expect.poll(() => outcome.getAttribute('data-verdict')).toBe('checked_in');
    expect(await checkedInAt(page, grace.id)).not.toBeNull();

    // A scan kept offline survives closing the page: the next page on this device sends it.
    const carlos = await registerBusiness(page, 'Carlos');
    const context = page.context();
    await context.setOffline(true);
    await pasteCode(page, carlos.token);
    await page.getByTestId('sync-waiting').getByText('1 scan waiting to sync').waitFor();
    await page.close();
    await context.setOffline(false);
    const next = await context.newPage();
    await next.goto(`/ops/conference/${eventId}/checkin`);
    await next.getByTestId('recent-scans').getByText(carlos.name).waitFor();
    await next.getByTestId('sync-waiting').getByText('All scans synced').waitFor();
    expect(await checkedInAt(next, carlos.id)).not.toBeNull();
  });

  it('scans a ticket’s QR code with the camera', async () => {
    const setup = await e2e.newPage();
    await signedInOperator(setup);
    const eventId = await demoEventId(setup);
    const rosa = await registerBusiness(setup, 'Rosa');
    const dir = mkdtempSync(join(tmpdir(), 'gateway-camera-'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${qrVideo(rosa.token, dir)}`],
    });
    try {
      const context = await browser.newContext({ baseURL: e2e.url, ...LAPTOP });
      context.setDefaultTimeout(10_000);
      const page = await context.newPage();
      await signedInOperator(page);
      await page.goto(`/ops/conference/${eventId}/checkin`);
      await page.getByRole('button', { name: 'Start camera' }).click();
      const outcome = page.getByTestId('scan-outcome');
      await expect.poll(() => outcome.getAttribute('data-verdict'), { timeout: 15_000 }).toBe('checked_in');
      await outcome.getByText(rosa.name).waitFor();
      // Held in view, the code is not sent again and again.
      await page.waitForTimeout(1500);
      expect(await page.getByTestId('recent-scans').locator('li').count()).toBe(1);
      expect(await checkedInAt(setup, rosa.id)).not.toBeNull();
      await shoot(page, 'checkin-camera');
      await page.getByRole('button', { name: 'Stop camera' }).click();
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('searches registrations, exports CSV, cancels one; shows the charts and the arrivals dashboard', async () => {
    const page = await e2e.newPage(LAPTOP);
    await signedInOperator(page);
    const eventId = await demoEventId(page);
    const [linda, ken] = [await registerBusiness(page, 'Linda'), await registerBusiness(page, 'Ken')];
    const arrived = await page.request.post(`/api/v1/ops/conference/events/${eventId}/checkins`, {
      headers: await csrf(page),
      data: { scans: [{ scanId: crypto.randomUUID(), token: linda.token, scannedAt: new Date().toISOString(), deviceId: 'door-2' }] },
    });
    expect(((await arrived.json()) as { results: Array<{ result: string }> }).results[0]!.result).toBe('checked_in');

    // Ops › Conference lists the event; its name opens the overview, Registrations the list.
    await page.getByRole('link', { name: 'Conference' }).click();
    const event = page.locator(`tr[data-event-slug="${SLUG}"]`);
    await event.getByText('Published').waitFor();
    expect(await event.innerText()).toMatch(/Jun 22, 2027 – Jun 23, 2027\s+[\d,]+ \/ 3,000/);
    await shoot(page, 'events');
    await event.getByRole('link', { name: "Gateway '27" }).click();
    await page.getByRole('link', { name: 'Registrations', exact: true }).click();
    await page.getByLabel('Search').fill(ken.company);
    await page.getByRole('button', { name: 'Apply' }).click();
    const rows = page.locator('tbody tr[data-registration-id]');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-registration-id')).toBe(ken.id);
    expect(await rows.first().innerText()).toContain(ken.email);
    const csvHref = await page.getByTestId('registrations-csv').getAttribute('href');
    expect(csvHref).toContain(`q=${encodeURIComponent(ken.company).replace(/%20/g, '+')}`);
    const csv = await (await page.request.get(csvHref!)).text();
    expect(csv).toContain(ken.email);
    expect(csv).not.toContain(linda.email);
    await shoot(page, 'registrations-search');

    await rows.first().getByRole('button', { name: ken.name }).click();
    const detail = page.getByRole('dialog', { name: ken.name });
    await detail.getByText(ken.email).waitFor();
    await detail.getByRole('button', { name: 'Cancel registration' }).click();
    const confirm = page.getByRole('dialog', { name: `Cancel ${ken.name}’s registration?` });
    await confirm.getByLabel('Reason').fill('Asked by phone to cancel');
    await confirm.getByRole('button', { name: 'Cancel registration' }).click();
    await confirm.waitFor({ state: 'detached' });
    await detail.locator('.badge').getByText('Cancelled').waitFor();
    await page.keyboard.press('Escape');
    await rows.first().getByText('Cancelled').waitFor();
    const after = (await (await page.request.get(`/api/v1/ops/conference/registrations/${ken.id}`)).json()) as { status: string };
    expect(after.status).toBe('cancelled');
    // Badges of the workshop-pass holders, one PDF.
    const badges = page.locator('#badges');
    await badges.getByLabel('Ticket type').selectOption('workshop');
    const [pdf] = await Promise.all([page.waitForEvent('download'), badges.getByRole('button', { name: 'Download badges' }).click()]);
    expect(pdf.suggestedFilename()).toBe(`badges-${SLUG}-1.pdf`);
    expect(readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');
    await badges.getByText(/^Downloaded [\d,]+ badges in all\.$/).waitFor();

    await page.goto(`/ops/conference/${eventId}`);
    for (const chart of ['chart-per-day', 'chart-by-state', 'chart-by-status']) await page.getByTestId(chart).locator('canvas').waitFor();
    expect(await page.getByTestId('chart-by-state').locator('[role="img"]').getAttribute('aria-label')).toMatch(/Michigan \d+/);
    await page.getByTestId('conf-capacity').getByText('Capacity and waitlist').waitFor();
    await shoot(page, 'overview', true);

    await page.goto(`/ops/conference/${eventId}/checkins`);
    await page.getByTestId('chart-by-hour').locator('canvas').waitFor();
    const last = page.getByRole('table', { name: 'Last 20 arrivals' });
    await last.getByRole('row', { name: new RegExp(linda.name) }).getByText('door-2').waitFor();
    const stats = (await (await page.request.get(`/api/v1/ops/conference/events/${eventId}/checkins/stats`)).json()) as { arrived: number; confirmed: number };
    expect(stats.arrived).toBeGreaterThanOrEqual(1);
    const figures = page.getByTestId('arrivals-figures');
    await figures.getByText(`arrived of ${stats.confirmed.toLocaleString('en-US')} confirmed`).waitFor();
    expect(await figures.innerText()).toContain(`${stats.arrived.toLocaleString('en-US')}\narrived of`);
    await shoot(page, 'arrivals', true);
  });
});
