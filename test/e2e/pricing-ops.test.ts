// Ops › pricing pages: the operator changes the markup and sees it saved and kept after a reload, sets
// the VAT rate of a tariff line and sees it in the table, adds a tariff and ends it, and edits a freight fee that persists.
// Screenshots of the three pages go to test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';

const DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('ops pricing pages', () => {
  const e2e = useBrowser();

  it('saves the markup, sets a VAT rate and edits a freight fee, each kept after a reload', async () => {
    mkdirSync(DIR, { recursive: true });
    const page = await e2e.newPage();
    await signInThroughForm(page, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);

    await page.getByRole('link', { name: 'Pricing settings' }).click();
    await page.getByRole('heading', { name: 'Pricing settings', level: 1 }).waitFor();
    // A single limit above the annual one is refused by the server, named under its field.
    const single = page.getByLabel('Single purchase limit (¥)');
    await single.fill('30000');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Cannot exceed the annual limit').waitFor();
    await single.fill('5000');
    await page.getByLabel('Markup (%)').fill('7.5');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.mouse.wheel(0, -10_000);
    await page.screenshot({ path: `${DIR}ops-pricing-settings.png`, fullPage: true, animations: 'disabled' });
    await page.reload();
    await expect.poll(() => page.getByLabel('Markup (%)').inputValue()).toBe('7.5');

    await page.getByRole('link', { name: 'Tax tables' }).click();
    await page.getByRole('heading', { name: 'Tax tables', level: 1 }).waitFor();
    const vatForm = page.getByRole('group', { name: 'Set a line’s VAT rate' });
    await vatForm.getByLabel('HS code').fill('61091000');
    await vatForm.getByLabel('VAT rate').selectOption('1300');
    await vatForm.getByLabel('Note').fill('Cotton T-shirts');
    await vatForm.getByRole('button', { name: 'Set rate' }).click();
    await page.getByText('VAT of 61091000 set to 13%.').waitFor();
    const vatRow = page.getByRole('table', { name: 'VAT rates' }).getByRole('row', { name: /61091000/ });
    await vatRow.waitFor();
    expect(await vatRow.textContent()).toContain('13%');

    // A VAT file with a bad row is refused with the row named; a clean one is applied.
    const vatImport = page.getByRole('region', { name: 'Import VAT rates' });
    await vatImport.getByLabel('CSV file').setInputFiles({ name: 'vat.csv', mimeType: 'text/csv', buffer: Buffer.from('hs_code,vat_percent,note\n61099010,13,\n6109,9,\n') });
    await vatImport.getByRole('button', { name: 'Import VAT rates' }).click();
    await vatImport.getByRole('table').getByText('must be an 8-digit tariff line, e.g. 08134090').waitFor();
    await vatImport.getByLabel('CSV file').setInputFiles({ name: 'vat.csv', mimeType: 'text/csv', buffer: Buffer.from('hs_code,vat_percent,note\n61099010,13,Knitted T-shirts\n') });
    await vatImport.getByRole('button', { name: 'Import VAT rates' }).click();
    await vatImport.getByText('1 added, 0 changed, 0 unchanged.').waitFor();
    await page.getByRole('table', { name: 'VAT rates' }).getByRole('row', { name: /61099010/ }).waitFor();

    // A tariff added in the form shows in the list; ending it from today drops it from the rates in force.
    const tariffForm = page.getByRole('region', { name: 'Add a tariff' });
    await tariffForm.getByLabel('HS prefix').fill('610910');
    await tariffForm.getByLabel('Rate (%)').fill('12');
    await tariffForm.getByLabel('Effective from').fill('2024-01-01');
    await tariffForm.getByRole('button', { name: 'Add tariff' }).click();
    const tariffs = page.getByRole('table', { name: 'Tariff rates' });
    const tariffRow = tariffs.getByRole('row', { name: /^610910 MFN/ });
    await tariffRow.waitFor();
    expect(await tariffRow.textContent()).toContain('12%');
    await tariffRow.getByRole('button', { name: 'End the tariff of 610910' }).click();
    await tariffRow.getByRole('button', { name: 'End rate' }).click();
    await tariffRow.waitFor({ state: 'detached' });
    await page.getByLabel('Show ended rates').check();
    await expect.poll(() => tariffs.getByRole('row', { name: /^610910 MFN/ }).textContent()).toContain('not in force');
    await page.mouse.wheel(0, -10_000);
    await page.screenshot({ path: `${DIR}ops-tax-tables.png`, fullPage: true, animations: 'disabled' });

    await page.getByRole('link', { name: 'Freight' }).click();
    await page.getByRole('heading', { name: 'Freight', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Edit 9610 zone A up to 500 g' }).click();
    await page.getByLabel('Fee in yuan, 9610 zone A up to 500 g').fill('71.50');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const table = page.getByRole('table', { name: '9610 zone A' });
    await expect.poll(() => table.getByRole('row').nth(1).textContent()).toContain('¥71.50');
    await page.screenshot({ path: `${DIR}ops-freight.png`, fullPage: true, animations: 'disabled' });
    await page.reload();
    await expect.poll(() => page.getByRole('table', { name: '9610 zone A' }).getByRole('row').nth(1).textContent()).toContain('¥71.50');
  });
});
