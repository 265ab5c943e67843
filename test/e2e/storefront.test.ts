// Storefront and guard behaviour a shopper meets: search, sign-in redirects, and areas not for them.
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('storefront', () => {
  const e2e = useBrowser();

  it('searches from the header to /search?q= and says so when nothing matches', async () => {
    const page = await e2e.newPage();
    await page.goto('/');
    await page.getByRole('combobox', { name: '搜索商品' }).fill('不存在的商品qzx');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/\/search\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('不存在的商品qzx');
    await page.getByRole('heading', { level: 1, name: '搜索“不存在的商品qzx”' }).waitFor();
    await page.getByRole('heading', { name: '暂无相关商品' }).waitFor();
    expect(await page.getByText('暂时没有与“不存在的商品qzx”相关的商品', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: '搜索商品' }).inputValue()).toBe('不存在的商品qzx');
  });

  it('sends a signed-out shopper from 我的 to sign-in, and back to 我的 after signing in', async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto('/');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '我的' }).click();
    await page.waitForURL(/\/sign-in\?next=%2Faccount$/);
    await page.getByLabel('邮箱', { exact: true }).fill(DEMO.shopper);
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`${e2e.url}/account`);
    await page.getByRole('heading', { name: '你好，李伟' }).waitFor();
  });

  it('tells a shopper that seller center is for sellers, and lets them sign out from there', async () => {
    const page = await e2e.newPage();
    await signInThroughForm(page, '/seller/sign-in', DEMO.shopper, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'This area is for sellers' }).waitFor();
    expect(await page.getByText('You are signed in as 李伟 (Shopper).').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Sign out and use another account' }).click();
    await page.waitForURL(/\/seller\/sign-in/);
    const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { user: unknown };
    expect(session.user).toBeNull();
  });

  it('shows a new seller without an approved organisation the application state', async () => {
    const page = await e2e.newPage();
    await page.goto('/seller/sign-up');
    await page.getByLabel('Your name').fill('Jo Applicant');
    await page.getByLabel('E-mail').fill(`applicant-${Date.now()}@farm.example`);
    await page.getByLabel('Password').fill('maple-syrup-vermont');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(`${e2e.url}/seller`);
    await page.getByRole('heading', { name: 'Your application' }).waitFor();
    const apply = page.locator('.path-step', { hasText: 'Apply and get approved' });
    expect(await apply.getAttribute('data-state')).toBe('next');
    expect(await page.locator('.path-step[data-state="upcoming"]').count()).toBe(3);
  });
});
