// A new US seller's whole path, in the browser against the real server: sign up, apply through the
// wizard, get approved by an operator, set up the store, list a product that passes the positive
// list and publish it; and a product whose tariff line is not on the list is refused with the reason.
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';
import { applyThroughWizard, fillProduct, importListThroughUi, shoot, SMALL_LIST } from './journey-steps.js';

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('seller journey', () => {
  const e2e = useBrowser();

  it('signs up, applies, is approved, sets up the store and publishes an eligible product', async () => {
    const ops = await e2e.newPage();
    await signInThroughForm(ops, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
    await ops.waitForURL(/\/ops\/users/);
    // Independent of the demo data: a one-line list with 08134090 (other dried fruit) is put in force.
    await importListThroughUi(ops, SMALL_LIST, 'E2E list 2022-03-01');

    const seller = await e2e.newPage();
    const stamp = Date.now();
    const business = { legalName: `Leelanau Orchards ${stamp} LLC`, tradeName: `Leelanau Cherry Farm ${stamp}`, email: `owner-${stamp}@leelanau.example` };
    await seller.goto('/seller/sign-up');
    await seller.getByLabel('Your name').fill('Dana Orchard');
    await seller.getByLabel('E-mail').fill(business.email);
    await seller.getByLabel('Password').fill('montmorency-cherries-2024');
    await seller.getByRole('button', { name: 'Create account' }).click();
    await seller.waitForURL(`${e2e.url}/seller`);
    await applyThroughWizard(seller, business);
    // Locked while under review: the wizard is gone, the summary and the history remain.
    expect(await seller.getByRole('button', { name: 'Save and continue' }).count()).toBe(0);
    await seller.getByRole('heading', { name: 'History' }).waitFor();

    await ops.getByRole('link', { name: 'Applications' }).click();
    await ops.getByRole('link', { name: business.tradeName }).click();
    await ops.getByRole('heading', { level: 1, name: new RegExp(business.tradeName) }).waitFor();
    expect(await ops.getByRole('link', { name: 'trademark-registration.pdf' }).getAttribute('href')).toMatch(/^\/api\/v1\/media\/documents\/med_/);
    await shoot(ops, 'ops-application-review');
    await ops.getByRole('button', { name: 'Approve', exact: true }).click();
    await ops.getByRole('dialog').getByLabel('Note (optional)').fill('Welcome aboard');
    await ops.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await ops.getByText('Approved. The seller organisation was created.').waitFor();

    await seller.goto('/seller');
    await seller.getByRole('heading', { level: 2, name: business.tradeName }).waitFor();
    expect(await seller.locator('.org-card').textContent()).toContain(business.legalName);

    await seller.getByRole('link', { name: 'Store', exact: true }).click();
    await seller.getByRole('heading', { level: 1, name: 'Store profile' }).waitFor();
    await seller.getByLabel('Store name (Chinese)').fill('利勒诺樱桃农场');
    await seller.getByRole('checkbox', { name: /9610/ }).check();
    await seller.getByRole('button', { name: 'Save store profile' }).click();
    await seller.getByText('Store profile saved.').waitFor();

    await seller.getByRole('link', { name: 'Products', exact: true }).click();
    await seller.getByRole('heading', { name: 'No products yet' }).waitFor();
    await fillProduct(seller, { titleEn: 'Dried Montmorency Tart Cherries', titleZh: '美国密歇根蒙莫朗西酸樱桃干', hsCode: '08134090', sku: `LCF-${stamp}-227`, withImage: true });
    await seller.locator('.tariff-result').getByText('On the positive list').waitFor();
    const panel = seller.locator('.eligibility-panel');
    await seller.locator('.eligibility-panel[data-state="eligible"]').waitFor();
    expect(await panel.textContent()).toContain('Eligible: this product can be published');
    await shoot(seller, 'seller-product-editor');

    await seller.getByRole('button', { name: 'Save draft' }).click();
    await seller.waitForURL(/\/seller\/products\/prd_[0-9a-z]{26}$/);
    await seller.getByRole('button', { name: 'Publish' }).click();
    await seller.getByText('Published: shoppers in China can buy it now.').waitFor();
    await seller.locator('.action-box [data-status="published"]').waitFor();

    await seller.getByRole('link', { name: 'Products', exact: true }).click();
    const row = seller.getByRole('row', { name: /美国密歇根蒙莫朗西酸樱桃干/ });
    await row.getByText('Published').waitFor();
    expect(await row.textContent()).toContain('$12.99');
  }, 120_000);

  it('refuses a product whose tariff line is not on the positive list, with the reason in the panel', async () => {
    const seller = await e2e.newPage();
    await signInThroughForm(seller, '/seller/sign-in', DEMO.seller, DEMO_PASSWORD);
    await seller.waitForURL(`${e2e.url}/seller`);
    await fillProduct(seller, { titleEn: 'Michigan Cigars', titleZh: '密歇根雪茄', hsCode: '24022000', sku: `CIG-${Date.now()}`, withImage: true });
    await seller.locator('.tariff-result').getByText('Not on the positive list').waitFor();
    const reason = seller.locator('.eligibility-panel .reason[data-code="hs_not_listed"]');
    await reason.waitFor();
    expect(await reason.textContent()).toContain('not on the cross-border positive list');

    // Unsaved edits: leaving through the sidebar asks first; dismissing keeps the editor and its content.
    let asked = '';
    seller.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await seller.getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => asked).toContain('unsaved changes');
    expect(new URL(seller.url()).pathname).toBe('/seller/products/new');
    expect(await seller.getByLabel('Title (English)').inputValue()).toBe('Michigan Cigars');

    await seller.getByRole('button', { name: 'Save draft' }).click();
    await seller.waitForURL(/\/seller\/products\/prd_/);
    await seller.getByRole('button', { name: 'Publish' }).click();
    await seller.getByText(/Publishing was refused/).waitFor();
    expect(await seller.locator('.eligibility-panel .reason[data-code="hs_not_listed"]').textContent()).toContain('not on the cross-border positive list');
    await seller.locator('.action-box [data-status="draft"]').waitFor();

    // In Chinese the panel asks the server again and shows its reasons in Chinese.
    await seller.getByRole('button', { name: '中文', exact: true }).click();
    await seller.locator('.eligibility-panel .reason[data-code="hs_not_listed"]', { hasText: '不在现行跨境电商零售进口商品清单' }).waitFor();
    await shoot(seller, 'seller-product-refused-zh');
  }, 60_000);
});
