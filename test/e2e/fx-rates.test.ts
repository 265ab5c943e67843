// Ops › FX rates: the operator adds a USD→CNY rate, sees it in the history and in force; a CSV with a
// bad row is refused with the problem named by row and column.
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('ops FX rates', () => {
  const e2e = useBrowser();

  it('adds a rate that shows in the history and as the rate in force, and reports a refused CSV', async () => {
    const page = await e2e.newPage();
    await signInThroughForm(page, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'FX rates' }).click();
    await page.getByRole('heading', { name: 'FX rates', level: 1 }).waitFor();

    await page.getByLabel('Rate', { exact: true }).fill('7.2468');
    await page.getByLabel('Source', { exact: true }).fill('E2E desk quote');
    await page.getByRole('button', { name: 'Add rate' }).click();
    await page.getByText('Rate USD → CNY 7.2468 added.').waitFor();

    const row = page.getByRole('row', { name: /E2E desk quote/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('7.2468');
    await expect.poll(() => page.getByTestId('current-USD-CNY').textContent()).toContain('7.2468');

    await page.getByLabel('CSV file').setInputFiles({
      name: 'rates.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('base,quote,rate,source,effective_from\nUSD,CNY,not-a-rate,Desk,2025-01-01T00:00:00Z\n'),
    });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const problems = page.getByRole('table', { name: /The file was refused/ });
    await problems.waitFor();
    expect(await problems.getByRole('row').count()).toBeGreaterThan(1);
  });
});
