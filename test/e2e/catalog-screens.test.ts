// The operators' positive-list page (a refused file's report, then an import and the lines browser)
// and a seller's CSV import report, checked in the browser and photographed for review.
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';
import { LIST_HEADER, shoot } from './journey-steps.js';

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('catalog screens', () => {
  const e2e = useBrowser();

  it('refuses a broken positive-list file with its problems, imports a good one and browses its lines', async () => {
    const page = await e2e.newPage();
    await signInThroughForm(page, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
    await page.waitForURL(/\/ops\/users/);
    await page.goto('/ops/positive-list');
    await page.getByRole('table', { name: 'Versions' }).locator('tbody tr').first().waitFor();

    const broken = `${LIST_HEADER}\n0813409,其他干果,none,,,\n08135000,,none,,,\n24022000,卷烟,sometimes,,,\n`;
    await page.locator('#list-file').setInputFiles({ name: 'broken-list.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
    await page.getByLabel('Announcement').fill('Broken test file');
    await page.getByLabel('Effective from').fill('2024-01-01');
    await page.getByRole('button', { name: 'Validate only' }).click();
    const problems = page.getByRole('table', { name: 'Problems in the list file' });
    await problems.waitFor();
    const rows = await problems.locator('tbody tr').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.some((r) => r.startsWith('2'))).toBe(true);
    await shoot(page, 'ops-positive-list-refused');

    const good = `${LIST_HEADER}\n08134090,其他干果,none,,,\n08135000,本章的坚果或干果的混合物,none,,,\n10063020,精米,quantity_cap,个人年度限购数量,20,kg\n`;
    await page.locator('#list-file').setInputFiles({ name: 'good-list.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByLabel('Announcement').fill('Screens test list');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Screens test list imported with 3 lines.').waitFor();
    const version = page.getByRole('table', { name: 'Versions' }).getByRole('row', { name: /Screens test list/ });
    await version.getByRole('button', { name: 'Browse lines' }).click();
    const lines = page.getByRole('table', { name: 'Lines of Screens test list' });
    await lines.getByRole('cell', { name: '10063020' }).waitFor();
    await page.getByLabel('Search', { exact: true }).fill('0813');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => lines.locator('tbody tr').count()).toBe(2);
    await shoot(page, 'ops-positive-list');
  });

  it('checks a seller CSV, reports its problems by row and column, then imports the valid rows', async () => {
    const page = await e2e.newPage();
    await signInThroughForm(page, '/seller/sign-in', DEMO.seller, DEMO_PASSWORD);
    await page.waitForURL(`${e2e.url}/seller`);
    const template = (await (await page.request.get('/api/v1/seller/catalog-imports/template.csv')).text()).replace(/^\uFEFF/, '');
    const [header, , second] = template.trim().split(/\r?\n/);
    expect(header).toContain('hs_code');
    const stamp = Date.now();
    const broken = second!.replace('dried-montmorency-tart-cherries', `broken-${stamp}`).replace('TBC-454', `BAD-${stamp}`).replace('08134090', '0813').replace('22.99', 'free');
    const fresh = second!.replace('dried-montmorency-tart-cherries', `cherries-${stamp}`).replace('TBC-454', `NEW-${stamp}`).replace('0012345678912', '');
    const csv = `${header}\n${fresh}\n${broken}\n`;

    await page.goto('/seller/products/import');
    await page.getByRole('heading', { level: 1, name: 'Import products from CSV' }).waitFor();
    expect(await page.getByRole('link', { name: 'Download template.csv' }).getAttribute('href')).toBe('/api/v1/seller/catalog-imports/template.csv');
    await page.locator('#import-file').setInputFiles({ name: 'my-products.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Check file' }).click();
    const report = page.locator('.import-report');
    await report.getByRole('heading', { name: 'Report for my-products.csv' }).waitFor();
    const problems = page.getByRole('table', { name: 'Problems in the file' });
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/hs_code|price_usd/);
    await shoot(page, 'seller-csv-import-report');

    await page.getByRole('button', { name: /^Import 1 valid row/ }).click();
    await report.getByText('Imported.', { exact: true }).waitFor();
    expect(await report.textContent()).toContain('Products: 1 created');
    await page.getByRole('table', { name: 'Past imports' }).getByRole('cell', { name: 'my-products.csv' }).first().waitFor();
  });
});
