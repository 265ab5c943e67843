// The owner invites a colleague who signs up from the link and joins the store; an operator asks an
// applicant for changes; an operator suspends a product and the seller reads why.
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';
import { applyThroughWizard } from './journey-steps.js';

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('team and moderation', () => {
  const e2e = useBrowser();

  it('invites a colleague by e-mail; they sign up from the link, accept, and see the store', async () => {
    const owner = await e2e.newPage();
    await signInThroughForm(owner, '/seller/sign-in', DEMO.seller, DEMO_PASSWORD);
    await owner.waitForURL(`${e2e.url}/seller`);
    await owner.getByRole('link', { name: 'Team', exact: true }).click();
    const email = `packer-${Date.now()}@tartcherry.example`;
    await owner.getByLabel('Their e-mail').fill(email);
    await owner.getByRole('button', { name: 'Send invitation' }).click();
    await owner.getByText(`Invitation sent to ${email}.`, { exact: false }).waitFor();
    const link = new URL(await owner.getByLabel('Invitation link').inputValue());
    await owner.getByRole('table', { name: 'Invitations' }).getByRole('row', { name: new RegExp(email) }).getByText('Pending').waitFor();

    const colleague = await e2e.newPage();
    await colleague.goto(link.pathname);
    await colleague.getByRole('heading', { name: 'Join Traverse Bay Tart Cherry Farm on Gateway' }).waitFor();
    await colleague.getByRole('link', { name: 'Create a seller account' }).click();
    expect(await colleague.getByLabel('E-mail').inputValue()).toBe(email);
    await colleague.getByLabel('Your name').fill('Pat Packer');
    await colleague.getByLabel('Password').fill('cherry-packing-line-7');
    await colleague.getByRole('button', { name: 'Create account' }).click();
    await colleague.waitForURL((url) => url.pathname === link.pathname);
    await colleague.getByRole('button', { name: 'Join Traverse Bay Tart Cherry Farm' }).click();
    await colleague.waitForURL(`${e2e.url}/seller`);
    await colleague.getByRole('heading', { level: 2, name: 'Traverse Bay Tart Cherry Farm' }).waitFor();
    expect(await colleague.getByRole('table').first().textContent()).toContain(email);

    // Staff see the team read-only: no invitation form.
    await colleague.getByRole('link', { name: 'Team', exact: true }).click();
    await colleague.getByRole('heading', { name: 'Invitations' }).waitFor();
    expect(await colleague.getByRole('button', { name: 'Send invitation' }).count()).toBe(0);

    await owner.reload();
    await owner.getByRole('table', { name: 'Invitations' }).getByRole('row', { name: new RegExp(email) }).getByText('Accepted').waitFor();
  }, 60_000);

  it('asks an applicant for changes; they read the reason, fix the form and submit again', async () => {
    const seller = await e2e.newPage();
    const stamp = Date.now();
    const business = { legalName: `Sleeping Bear Honey ${stamp} LLC`, tradeName: `Sleeping Bear Honey ${stamp}`, email: `bees-${stamp}@honey.example` };
    await seller.goto('/seller/sign-up');
    await seller.getByLabel('Your name').fill('Robin Keeper');
    await seller.getByLabel('E-mail').fill(business.email);
    await seller.getByLabel('Password').fill('wildflower-honey-jars');
    await seller.getByRole('button', { name: 'Create account' }).click();
    await seller.waitForURL(`${e2e.url}/seller`);
    await applyThroughWizard(seller, business);

    const ops = await e2e.newPage();
    await signInThroughForm(ops, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
    await ops.waitForURL(/\/ops\/users/);
    await ops.goto('/ops/applications');
    await ops.getByRole('link', { name: business.tradeName }).click();
    await ops.getByRole('button', { name: 'Request changes' }).click();
    await ops.getByRole('dialog').getByLabel('Reason (the applicant reads this)').fill('Please upload the trademark certificate itself, not the filing receipt.');
    await ops.getByRole('dialog').getByRole('button', { name: 'Request changes' }).click();
    await ops.getByText('Changes requested. The applicant has been told.').waitFor();

    await seller.goto('/seller');
    await seller.getByText('Please upload the trademark certificate itself', { exact: false }).waitFor();
    await seller.getByRole('link', { name: 'Update your application' }).click();
    await seller.getByRole('heading', { name: /Changes requested/ }).waitFor();
    await seller.goto('/seller/apply?step=review');
    await seller.getByRole('button', { name: 'Submit again' }).click();
    await seller.getByRole('heading', { name: /Application submitted/ }).waitFor();
    const history = seller.locator('.timeline');
    expect(await history.textContent()).toContain('Changes requested');
    expect(await history.textContent()).toContain('Please upload the trademark certificate itself');
  }, 60_000);

  it('suspends a product with a reason the seller reads, then reinstates it as a draft', async () => {
    const ops = await e2e.newPage();
    await signInThroughForm(ops, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
    await ops.waitForURL(/\/ops\/users/);
    await ops.goto('/ops/products?status=published&q=Cranberries');
    const row = ops.getByRole('table', { name: 'Products' }).locator('tbody tr').first();
    await row.waitFor();
    await row.getByRole('link').click();
    await ops.getByRole('button', { name: 'Suspend' }).click();
    await ops.getByRole('dialog').getByLabel('Reason').fill('Label photo shows a different net weight');
    await ops.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click();
    await ops.getByText('Suspended.', { exact: true }).waitFor();
    const productPath = new URL(ops.url()).pathname.replace('/ops/', '/seller/');

    const seller = await e2e.newPage();
    await signInThroughForm(seller, '/seller/sign-in', DEMO.seller, DEMO_PASSWORD);
    await seller.waitForURL(`${e2e.url}/seller`);
    await seller.goto('/seller/products?status=suspended');
    await seller.getByRole('table', { name: 'Products' }).getByText('Suspended').first().waitFor();
    await seller.goto(productPath);
    await seller.getByText('Suspended by Gateway: Label photo shows a different net weight').waitFor();
    expect(await seller.getByRole('button', { name: 'Publish' }).count()).toBe(0);

    await ops.getByRole('button', { name: 'Reinstate' }).click();
    await ops.getByRole('dialog').getByLabel('Reason').fill('Corrected label uploaded');
    await ops.getByRole('dialog').getByRole('button', { name: 'Reinstate' }).click();
    await ops.getByText('Reinstated as a draft.').waitFor();
  }, 60_000);
});
