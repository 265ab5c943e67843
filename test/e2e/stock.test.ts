// Seller › product › Stock: the demo's opening stock shows per location; recording a delivery raises
// what is available and lands in the ledger; taking out more than is there is refused under the field.
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('seller stock', () => {
  const e2e = useBrowser();

  it('shows opening stock, records a delivery, and refuses to go below zero', async () => {
    const page = await e2e.newPage();
    await signInThroughForm(page, '/seller/sign-in', DEMO.seller, DEMO_PASSWORD);
    await page.waitForURL(`${e2e.url}/seller`);
    const { items } = (await (await page.request.get('/api/v1/seller/products?status=published&limit=1')).json()) as { items: Array<{ id: string }> };
    await page.goto(`/seller/products/${items[0]!.id}`);
    const panel = page.getByRole('region', { name: 'Stock' });
    const firstCell = panel.getByRole('table').getByRole('row').nth(1).getByRole('cell').nth(1);
    await firstCell.waitFor();
    const before = Number(await firstCell.getAttribute('data-available'));
    expect(before).toBeGreaterThan(0);

    await panel.getByLabel('Units in or out').fill('24');
    await panel.getByLabel('Note').fill('pallet 12');
    await panel.getByRole('button', { name: 'Record change' }).click();
    await panel.getByText(`Recorded: ${before + 24} on hand, ${before + 24} available.`).waitFor();
    await expect.poll(() => firstCell.getAttribute('data-available')).toBe(String(before + 24));
    await panel.getByRole('listitem').filter({ hasText: 'pallet 12' }).waitFor();
    expect(await panel.getByRole('listitem').first().textContent()).toContain('+24 Received');

    await panel.getByLabel('Units in or out').fill('-100000');
    await panel.getByLabel('Reason').selectOption('lost');
    await panel.getByRole('button', { name: 'Record change' }).click();
    await panel.getByText(`at most ${before + 24} can be taken out`, { exact: false }).waitFor();
    expect(await firstCell.getAttribute('data-available')).toBe(String(before + 24));
  });
});
