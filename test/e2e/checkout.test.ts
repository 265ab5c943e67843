// Checkout on a phone (390×844), signed in as the demo shopper li.wei: a buyer identity and an address
// set up through the API, the Michigan tart cherries found with 樱桃 and put in the cart, 去结算, the
// risk notice confirmed on 结算, 提交订单并支付, the sandbox wallet's 确认付款, and back on the order
// page until it shows 已支付; then 我的订单. A second run abandons the wallet and cancels the order with
// a reason. Screenshots go to test-results/screenshots.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, signInThroughForm, useBrowser } from './browser.js';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const GOOD_ID = '11010519491231002X';
const LI_WEI = { email: DEMO.shopper, realName: '李伟', idNumber: GOOD_ID };
// Another demo shopper, with another valid ID (each test signs in as its own shopper on the shared server).
const WANG_FANG = { email: 'wang.fang@shopper.example', realName: '王芳', idNumber: '310115198507150016' };
type Shopper = typeof LI_WEI;
const MONEY = /^¥[\d,]+\.\d{2}$/;

// Phone-screen shots (not whole pages: Chromium paints the fixed tab bar mid-page in those).
async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}checkout-${name}.png`, animations: 'disabled' });
}

/** Signs in through the storefront form the guard sends a signed-out visitor to, landing on `path`. */
async function signedInAt(page: Page, path: string, shopper: Shopper) {
  await page.goto(path);
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByLabel('邮箱', { exact: true }).fill(shopper.email);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.locator('form').getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname === path);
}

/** A verified buyer (with the separate consent) and a Shanghai address, as the account pages would save them. */
async function setUpBuyer(page: Page, shopper: Shopper) {
  const { csrfToken } = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const notices = (await (await page.request.get('/api/v1/identity/notices')).json()) as { idConsent: { version: string } };
  const identity = await page.request.post('/api/v1/me/identities', {
    data: { realName: shopper.realName, idNumber: shopper.idNumber, mobile: '13812341234', consent: { noticeVersion: notices.idConsent.version, accepted: true } },
    headers,
  });
  expect(identity.status()).toBe(201);
  const address = await page.request.post('/api/v1/me/addresses', {
    data: { recipient: shopper.realName, phone: '13812341234', province: 'SH', city: '上海市', district: '浦东新区', street: '世纪大道 100 号 2 号楼 1203 室', postcode: '200120' },
    headers,
  });
  expect(address.status()).toBe(201);
}

/** The tart cherries, found the way a shopper finds them, put in the cart; then the cart's 去结算. */
async function cherriesToCheckout(page: Page) {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: '搜索商品' });
  await box.fill('樱桃');
  await box.press('Enter');
  await page.getByTestId('product-card').filter({ hasText: '蒙莫朗西酸樱桃干' }).first().click();
  await page.getByRole('heading', { level: 1, name: /蒙莫朗西酸樱桃干/ }).waitFor();
  await page.getByRole('button', { name: '加入购物车' }).click();
  await page.getByText('已加入购物车').waitFor();
  await page.goto('/cart');
  await page.locator('.cart-parcel').getByText('蒙莫朗西酸樱桃干', { exact: false }).waitFor();
  const cartTotal = await page.getByTestId('cart-total').innerText();
  await page.getByTestId('cart-checkout').click();
  await page.waitForURL(/\/checkout$/);
  await page.getByRole('heading', { level: 1, name: '结算' }).waitFor();
  return cartTotal;
}

async function submitToWallet(page: Page) {
  await page.getByRole('button', { name: '提交订单并支付' }).click();
  await page.waitForURL(/\/pay\/sandbox\/pay_[0-9a-z]{26}$/);
  await page.locator('button[data-outcome="approve"]').waitFor();
}

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('checkout', () => {
  const e2e = useBrowser();

  it('on a phone: 结算 with buyer, address and risk notice, 提交订单并支付, the wallet’s 确认付款, then 已支付', async () => {
    const page = await e2e.newPage(PHONE);
    await signedInAt(page, '/orders', LI_WEI);
    await page.getByRole('heading', { name: '还没有订单' }).waitFor();
    await shoot(page, 'orders-empty');
    await setUpBuyer(page, LI_WEI);

    const cartTotal = await cherriesToCheckout(page);
    const parcel = page.getByTestId('checkout-parcel');
    await parcel.getByText('蒙莫朗西酸樱桃干', { exact: false }).waitFor();
    expect(await parcel.getByText('税费', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByTestId('checkout-total').innerText()).toBe(cartTotal);
    expect(cartTotal).toMatch(MONEY);
    // The only buyer and the default address are chosen; both are shown masked.
    const buyer = page.getByRole('radio', { name: /李伟.*110105\*+002X/ });
    expect(await buyer.isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /138\*\*\*\*1234.*浦东新区/ }).isChecked()).toBe(true);
    expect(await page.content()).not.toContain(GOOD_ID);
    await page.getByText('单次交易限值', { exact: false }).first().waitFor();
    // The chosen buyer's room this year: nothing bought yet, so the whole ¥26,000.
    await page.getByText('购买人 李伟 本年度还可购买 ¥26,000.00', { exact: false }).waitFor();
    // Not until the risk notice is confirmed.
    const submit = page.getByRole('button', { name: '提交订单并支付' });
    expect(await submit.isDisabled()).toBe(true);
    await shoot(page, 'form');
    await page.getByTestId('risk-notice').scrollIntoViewIfNeeded();
    await shoot(page, 'risk-notice');
    await page.getByTestId('risk-notice').getByRole('button', { name: '我已阅读并确认' }).click();
    await expect.poll(() => submit.isEnabled()).toBe(true);
    await submit.scrollIntoViewIfNeeded();
    await shoot(page, 'ready');

    await submitToWallet(page);
    await shoot(page, 'wallet');
    await page.locator('button[data-outcome="approve"]').click();

    // The capture is notified asynchronously: the order page polls until it shows 已支付.
    await page.waitForURL(/\/orders\/GW\d{8}[0-9A-Z]{10}$/);
    const orderNo = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: '订单详情' }).waitFor();
    await page.locator('.order-page-head [data-status="paid"]').getByText('已支付').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('order-total').innerText()).toBe(cartTotal);
    await page.locator('.order-timeline').getByText('支付成功').waitFor();
    expect(await page.locator('.order-timeline').getByText('提交订单').isVisible()).toBe(true);
    expect(await page.getByText('138****1234').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: '去支付' }).count()).toBe(0);
    await shoot(page, 'order-paid');
    await page.locator('.order-timeline').scrollIntoViewIfNeeded();
    await shoot(page, 'order-timeline');

    // 我的 links to 我的订单, which lists it with its status and total.
    await page.goto('/account');
    await page.getByRole('link', { name: /我的订单/ }).click();
    await page.waitForURL(/\/orders$/);
    const card = page.locator(`[data-order-no="${orderNo}"]`);
    await card.getByText('已支付').waitFor();
    expect(await card.innerText()).toContain(cartTotal);
    await shoot(page, 'orders');
    // The cart was emptied by the order.
    await page.goto('/cart');
    await page.getByRole('heading', { name: '购物车是空的' }).waitFor();

    // The confirmation and payment e-mails went out; an operator reads them in the console's mail view.
    const ops = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInThroughForm(ops, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
    await ops.waitForURL(/\/ops\/users/);
    await ops.getByRole('link', { name: 'Mail' }).click();
    await ops.getByRole('heading', { name: 'Mail sent' }).waitFor();
    // E-mails leave through the outbox after the commit: reload until the confirmation is there.
    await expect
      .poll(
        async () => {
          await ops.reload();
          await ops.getByRole('heading', { name: 'Mail sent' }).waitFor();
          return ops.locator('.mail-item').filter({ hasText: '订单已提交' }).count();
        },
        { timeout: 20_000, interval: 1_000 },
      )
      .toBeGreaterThan(0);
    const confirmation = ops.locator('.mail-item').filter({ hasText: '订单已提交' }).first();
    await confirmation.waitFor();
    await confirmation.getByRole('button').click();
    expect(await confirmation.locator('.mail-text').innerText()).toContain(orderNo);
    await ops.screenshot({ path: `${SHOTS}ops-mail.png`, animations: 'disabled' });
  }, 90_000);

  it('on a phone: leaving the wallet unpaid keeps 待付款 with the deadline; 取消订单 with a reason ends it', async () => {
    const page = await e2e.newPage(PHONE);
    await signedInAt(page, '/account', WANG_FANG);
    await setUpBuyer(page, WANG_FANG);
    await cherriesToCheckout(page);
    await page.getByTestId('risk-notice').getByRole('button', { name: '我已阅读并确认' }).click();
    await submitToWallet(page);
    await page.locator('button[data-outcome="abandon"]').click();

    await page.waitForURL(/\/orders\/GW/);
    await page.locator('.order-page-head [data-status="pending_payment"]').getByText('待付款').waitFor();
    await page.getByText(/^请在 .+ 前完成支付/).waitFor();
    // The wallet's "closed" notification arrives after the shopper is back: the page says so.
    await page.getByText('支付未完成，您可以在截止时间前重新支付。').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: '去支付' }).isVisible()).toBe(true);
    await shoot(page, 'order-unpaid');

    await page.getByRole('button', { name: '取消订单' }).click();
    const dialog = page.getByRole('dialog', { name: '确定取消这个订单吗？' });
    await dialog.getByRole('radio', { name: '购买人或地址填错了' }).check();
    await shoot(page, 'cancel-dialog');
    await dialog.getByRole('button', { name: '取消订单' }).click();
    await page.getByText('订单已取消。').waitFor();
    await page.locator('.order-page-head [data-status="cancelled"]').getByText('已取消').waitFor();
    await page.locator('.order-timeline').getByText('原因：购买人或地址填错了').waitFor();
    expect(await page.getByRole('button', { name: '去支付' }).count()).toBe(0);
    await shoot(page, 'order-cancelled');
  }, 90_000);

  it('shows the paid order to its store and to operators by its number; customs, shipment with tracking, delivery and the shopper’s receipt', async () => {
    const seller = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInThroughForm(seller, '/seller/sign-in', DEMO.seller, DEMO_PASSWORD);
    await seller.waitForURL(/\/seller$/);
    await seller.getByRole('link', { name: 'Orders' }).click();
    await seller.getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
    const paidRow = seller.locator('tr[data-order-no]').filter({ hasText: 'Paid' }).first();
    await paidRow.waitFor();
    const orderNo = (await paidRow.getAttribute('data-order-no'))!;
    expect(await seller.locator('.pick-items li').first().innerText()).toMatch(/^\d+ × TBC-/);
    await seller.screenshot({ path: `${SHOTS}seller-orders.png`, animations: 'disabled' });

    const ops = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signInThroughForm(ops, '/ops/sign-in', DEMO.operator, DEMO_PASSWORD);
    await ops.waitForURL(/\/ops\/users/);
    await ops.getByRole('link', { name: 'Orders' }).click();
    await ops.getByLabel('Order number').fill(orderNo.slice(0, 12));
    await ops.getByRole('button', { name: 'Apply' }).click();
    await ops.locator(`tr[data-order-no="${orderNo}"]`).waitFor();
    await ops.getByLabel('Order number').fill(orderNo);
    await ops.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => ops.locator('tr[data-order-no]').count()).toBe(1);
    await ops.screenshot({ path: `${SHOTS}ops-orders.png`, animations: 'disabled' });

    // Customs, recorded by the operator on the order's page: each button confirmed in its dialog.
    await ops.getByRole('link', { name: orderNo }).click();
    await ops.getByRole('heading', { level: 1, name: orderNo }).waitFor();
    const opsStep = async (label: string, status: string) => {
      await ops.getByRole('button', { name: label }).click();
      await ops.getByRole('dialog').getByRole('button', { name: label }).click();
      await expect.poll(() => ops.getByTestId('desk-status').innerText()).toBe(status);
    };
    await opsStep('Record customs declaration', 'Declared');
    await opsStep('Record customs release', 'Cleared');
    // The store ships with a tracking number.
    await seller.reload();
    await seller.getByRole('link', { name: orderNo }).click();
    await seller.getByRole('button', { name: 'Ship order' }).click();
    const ship = seller.getByRole('dialog');
    await ship.getByLabel('Carrier').fill('EMS');
    await ship.getByLabel('Tracking number').fill('EA123456789US');
    await ship.getByRole('button', { name: 'Ship order' }).click();
    await expect.poll(() => seller.getByTestId('desk-status').innerText()).toBe('Shipped');
    expect(await seller.getByTestId('desk-shipment').innerText()).toContain('EA123456789US');
    await seller.screenshot({ path: `${SHOTS}seller-order-shipped.png`, animations: 'disabled' });
    await ops.reload();
    await opsStep('Mark delivered', 'Delivered');
    await ops.screenshot({ path: `${SHOTS}ops-order-delivered.png`, animations: 'disabled' });

    // The shopper sees the tracking number and confirms receipt.
    const shopper = await e2e.newPage(PHONE);
    await signedInAt(shopper, `/orders/${orderNo}`, LI_WEI);
    expect(await shopper.getByTestId('order-tracking').innerText()).toContain('EA123456789US');
    await shopper.getByRole('button', { name: '确认收货' }).click();
    await shopper.getByRole('dialog').getByRole('button', { name: '确认收货' }).click();
    await shopper.getByText('已确认收货，交易完成。').waitFor();
    await shoot(shopper, 'completed');
  }, 120_000);
});
