// Signing in and up through the real UI against the real server: seller, operator, shopper, and a
// wrong password.
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('accounts in the browser', () => {
  const e2e = useBrowser();

  it('signs the demo seller in at /seller/sign-in and shows their organisation on the dashboard', async () => {
    const page = await e2e.newPage();
    await signInThroughForm(page, '/seller/sign-in', DEMO.seller, DEMO_PASSWORD);
    await page.waitForURL(`${e2e.url}/seller`);
    const tradeName = page.getByRole('heading', { level: 2, name: 'Traverse Bay Tart Cherry Farm' });
    await tradeName.waitFor();
    const card = page.locator('.org-card');
    expect(await card.textContent()).toContain('Traverse Bay Orchards LLC');
    expect(await card.textContent()).toContain('Traverse City, Michigan');
    const team = page.getByRole('table');
    expect(await team.textContent()).toContain('mike@tartcherry.example');
    expect(await page.getByRole('heading', { name: 'Selling to China: your path' }).isVisible()).toBe(true);
  });

  it('signs the demo operator in at /ops/sign-in and lands on the users list, which filters by role', async () => {
    const page = await e2e.newPage();
    await signInThroughForm(page, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
    await page.waitForURL(`${e2e.url}/ops/users`);
    const table = page.getByRole('table', { name: 'Users' });
    await table.getByRole('cell', { name: DEMO.seller, exact: true }).waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    expect(await table.textContent()).toContain(DEMO.shopper);

    await page.getByLabel('Role').selectOption('operator');
    await page.waitForURL(/role=operator/);
    await table.locator('tbody tr').first().waitFor();
    // Polled from the test, not evaluated in the page: the page's CSP forbids string evaluation.
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    expect(await table.locator('tbody tr').first().textContent()).toContain(DEMO.operator);
  });

  it('signs a new shopper up on the Chinese storefront and shows them signed in', async () => {
    const page = await e2e.newPage();
    const email = `e2e-${Date.now()}@shopper.example`;
    await page.goto('/sign-up');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByLabel('昵称', { exact: true }).fill('测试买家');
    await page.getByLabel('邮箱', { exact: true }).fill(email);
    await page.getByLabel('密码', { exact: true }).fill('cherries-from-michigan');
    await page.getByRole('button', { name: '创建账户' }).click();

    await page.waitForURL(`${e2e.url}/account`);
    await page.getByRole('heading', { name: '你好，测试买家' }).waitFor();
    expect(await page.getByText(`已登录：${email}`).isVisible()).toBe(true);
    expect(await page.getByText('账户类型：买家').isVisible()).toBe(true);
    // The header now names the shopper instead of offering 登录.
    expect(await page.locator('.store-header-links').textContent()).toContain('测试买家');

    const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { user: { email: string; role: string } | null };
    expect(session.user).toMatchObject({ email, role: 'shopper' });
  });

  it("shows the server's message for a wrong password and stays on the sign-in page", async () => {
    const page = await e2e.newPage();
    // What the server says for a wrong password, asked directly, so the UI is checked against it.
    const { csrfToken } = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
    const answer = await page.request.post('/api/v1/auth/sign-in', {
      data: { email: DEMO.otherSeller, password: 'not-the-password' },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(answer.status()).toBe(401);
    const serverMessage = ((await answer.json()) as { error: { message: string } }).error.message;
    expect(serverMessage.length).toBeGreaterThan(0);

    await signInThroughForm(page, '/seller/sign-in', DEMO.otherSeller, 'still-not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe(serverMessage);
    expect(new URL(page.url()).pathname).toBe('/seller/sign-in');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('E-mail', { exact: true }).inputValue()).toBe(DEMO.otherSeller);
    const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { user: unknown };
    expect(session.user).toBeNull();
  });
});
