// The operator disables and re-enables an account with a reason; the audit log shows it.
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('ops console', () => {
  const e2e = useBrowser();

  it('disables an account with a reason, shows it in the table and the audit log, then re-enables it', async () => {
    const page = await e2e.newPage();
    await signInThroughForm(page, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
    const row = page.getByRole('row', { name: /zhang\.min@shopper\.example/ });
    await row.waitFor();

    await row.getByRole('button', { name: 'Disable zhang.min@shopper.example' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('Chargeback investigation');
    await dialog.getByRole('button', { name: 'Disable account' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Disabled', { exact: true }).waitFor();

    await page.getByRole('link', { name: 'Audit log' }).click();
    const entry = page.getByRole('row', { name: /account\.disabled/ });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Chargeback investigation');

    await page.getByRole('link', { name: 'Users' }).click();
    await row.getByRole('button', { name: 'Enable zhang.min@shopper.example' }).click();
    await page.getByRole('dialog').getByLabel('Reason').fill('Resolved with the bank');
    await page.getByRole('dialog').getByRole('button', { name: 'Enable account' }).click();
    await row.getByText('Active', { exact: true }).waitFor();
  });
});
