// The shopper's account pages on a phone (390×844), signed in as the demo shopper li.wei: the address
// book (a bad postcode named under its field, then fixed; the first address is the default), verified
// identities (a mistyped ID refused as it is typed, then a real one listed masked only, the full number
// nowhere on the page) and the risk notice confirmed. Screenshots go to test-results/screenshots.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkResidentId } from '../../src/modules/identity/resident-id.js';
import { checkIdNumber } from '../../web/src/features/identity/resident-id-check.js';
import { DEMO, DEMO_PASSWORD, hasChromium, reportSkippedWithoutChromium, useBrowser } from './browser.js';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const GOOD_ID = '11010519491231002X';
// GOOD_ID with its check character changed: right length, real birth date, wrong checksum.
const MISTYPED_ID = '110105194912310021';

// Phone-screen shots (not whole pages: Chromium paints the fixed tab bar mid-page in those).
async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}account-${name}.png`, animations: 'disabled' });
}

/** A page at `path`, after the storefront's sign-in form (which the guard sends a signed-out visitor to). */
async function signedInAt(page: Page, path: string) {
  await page.goto(path);
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByLabel('邮箱', { exact: true }).fill(DEMO.shopper);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.locator('form').getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname === path);
}

describe('the ID check the form runs as the shopper types', () => {
  it('agrees with the server on the DOMAIN.md examples and on near misses of them', () => {
    const now = new Date('2026-11-26T00:00:00Z');
    const samples = ['11010519491231002X', '34052419800101001X', '360426199101010072', '11010519491231002x', '110105194902300021', '110105189912310021', '110105203001010021'];
    // Every single-character change of a valid number: the check character catches each of them.
    for (let i = 0; i < 18; i++) samples.push(GOOD_ID.slice(0, i) + (GOOD_ID[i] === '1' ? '2' : '1') + GOOD_ID.slice(i + 1));
    for (const id of samples) expect(checkIdNumber(id, now).state === 'ok', id).toBe(checkResidentId(id, now).ok);
    expect(checkIdNumber(MISTYPED_ID, now)).toEqual({ state: 'bad', problem: 'checksum', count: 18 });
    expect(checkIdNumber('1101051949', now)).toEqual({ state: 'typing', count: 10 });
    expect(checkIdNumber('11010X', now)).toMatchObject({ state: 'bad', problem: 'format' });
    expect(checkIdNumber(`${GOOD_ID}1`, now)).toMatchObject({ state: 'bad', problem: 'length' });
  });
});

reportSkippedWithoutChromium();

describe.skipIf(!hasChromium)('identities and addresses', () => {
  const e2e = useBrowser();

  it('on a phone: 我的 links, an address with a bad postcode then fixed, shown as 默认', async () => {
    const page = await e2e.newPage(PHONE);
    await signedInAt(page, '/account');
    await page.getByRole('link', { name: /收货地址/ }).waitFor();
    expect(await page.getByRole('link', { name: /实名认证/ }).isVisible()).toBe(true);
    await shoot(page, 'me');

    await page.getByRole('link', { name: /收货地址/ }).click();
    await page.getByRole('heading', { level: 1, name: '收货地址' }).waitFor();
    await page.getByRole('heading', { name: '还没有收货地址' }).waitFor();
    await shoot(page, 'addresses-empty');

    await page.getByRole('button', { name: /新增收货地址/ }).click();
    await page.getByLabel('收货人').fill('李伟');
    await page.getByLabel('手机号').fill('13812341234');
    await page.getByLabel('省份').selectOption({ label: '上海市' });
    await page.getByLabel('城市').fill('上海市');
    await page.getByLabel('区/县').fill('浦东新区');
    await page.getByLabel('详细地址').fill('世纪大道 100 号 2 号楼 1203 室');
    await page.getByLabel('邮政编码').fill('2001');
    await page.getByRole('button', { name: '保存地址' }).click();
    const postcodeError = page.locator('.field.has-error', { has: page.getByLabel('邮政编码') }).locator('.field-error');
    await expect.poll(() => postcodeError.textContent()).toBe('邮政编码应为 6 位数字');
    expect(await page.locator('.field-error').count()).toBe(1);
    expect(await page.getByLabel('邮政编码').getAttribute('aria-invalid')).toBe('true');
    await shoot(page, 'address-postcode-error');

    await page.getByLabel('邮政编码').fill('200120');
    await page.getByRole('button', { name: '保存地址' }).click();
    await page.getByText('已添加收货地址。').waitFor();
    const card = page.getByTestId('address-card');
    await card.waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.getByText('默认', { exact: true }).isVisible()).toBe(true);
    const text = await card.innerText();
    expect(text).toContain('李伟');
    expect(text).toContain('138****1234');
    expect(text).toContain('上海市 浦东新区 世纪大道 100 号 2 号楼 1203 室');
    expect(text).toContain('邮编 200120');
    await shoot(page, 'addresses');

    const saved = (await (await page.request.get('/api/v1/me/addresses')).json()) as { items: Array<{ province: string; isDefault: boolean; postcode: string }> };
    expect(saved.items).toEqual([expect.objectContaining({ province: 'SH', isDefault: true, postcode: '200120' })]);
  });

  it('on a phone: a mistyped ID refused as typed, then an identity saved and listed masked only; the risk notice confirmed', async () => {
    const page = await e2e.newPage(PHONE);
    await signedInAt(page, '/account/identities');
    await page.getByRole('heading', { level: 1, name: '实名认证' }).waitFor();
    await page.getByRole('heading', { name: '还没有实名信息' }).waitFor();
    await page.getByRole('heading', { name: '个人身份信息处理告知及单独同意' }).waitFor();
    const consent = page.getByRole('checkbox', { name: /^我已阅读并同意/ });
    expect(await consent.isChecked()).toBe(false);
    const idInput = page.getByLabel('身份证号', { exact: true });
    expect(await idInput.getAttribute('autocomplete')).toBe('off');
    await shoot(page, 'identities-empty');
    await consent.scrollIntoViewIfNeeded();
    await shoot(page, 'identity-consent');

    await page.getByLabel('真实姓名', { exact: true }).fill('王小明');
    await idInput.pressSequentially(MISTYPED_ID.slice(0, 10));
    await page.getByText('已输入 10/18 位').waitFor();
    await idInput.pressSequentially(MISTYPED_ID.slice(10));
    await page.getByText('身份证号校验位不符，请检查是否输错').waitFor();
    await page.getByLabel('手机号', { exact: true }).fill('13812341234');
    await consent.check();
    await page.getByRole('button', { name: '保存实名信息' }).click();
    await shoot(page, 'identity-checksum-error');
    expect(await page.getByText('身份证号校验位不符，请检查是否输错').isVisible()).toBe(true);
    expect(await page.getByTestId('identity-item').count()).toBe(0);
    const none = (await (await page.request.get('/api/v1/me/identities')).json()) as { items: unknown[] };
    expect(none.items).toEqual([]);

    await idInput.fill(GOOD_ID);
    await page.getByText('身份证号校验通过').waitFor();
    await page.getByRole('button', { name: '保存实名信息' }).click();
    await page.getByText('已添加 王小明 的实名信息。').waitFor();
    const item = page.getByTestId('identity-item');
    await item.waitFor();
    const listed = await item.innerText();
    expect(listed).toContain('110105********002X');
    expect(listed).toContain('138****1234');
    // The form is emptied (the consent unticked again) and the full number is nowhere on the page.
    expect(await idInput.inputValue()).toBe('');
    expect(await page.getByLabel('真实姓名', { exact: true }).inputValue()).toBe('');
    expect(await consent.isChecked()).toBe(false);
    const body = await page.locator('body').innerText();
    expect(body).not.toContain(GOOD_ID);
    expect(body).not.toContain('13812341234');
    expect(await page.content()).not.toContain(GOOD_ID);
    await page.evaluate('window.scrollTo(0, 0)');
    await shoot(page, 'identities');

    const risk = page.getByTestId('risk-notice');
    await risk.getByRole('heading', { name: '跨境电子商务零售进口风险告知书' }).waitFor();
    expect(await risk.innerText()).toContain('仅限个人自用，不得再次销售');
    await risk.getByRole('button', { name: '我已阅读并确认' }).click();
    await risk.getByText(/^已确认（\d{4}年\d{1,2}月\d{1,2}日）$/).waitFor();
    await risk.scrollIntoViewIfNeeded();
    await shoot(page, 'risk-notice-confirmed');
    const status = (await (await page.request.get('/api/v1/me/risk-notice')).json()) as { confirmedAt: string | null };
    expect(status.confirmedAt).not.toBeNull();

    // Still confirmed after a reload; removing the identity asks first.
    await page.reload();
    await page.getByTestId('risk-notice').getByText(/^已确认/).waitFor();
    await page.getByRole('button', { name: '删除 王小明 的实名信息' }).click();
    const dialog = page.getByRole('dialog', { name: '删除 王小明 的实名信息？' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '删除' }).click();
    await page.getByText('已删除实名信息。').waitFor();
    await page.getByRole('heading', { name: '还没有实名信息' }).waitFor();
  });

  it('on a desktop: make another address the default, edit it, and delete one after confirming', async () => {
    const page = await e2e.newPage({ viewport: { width: 1280, height: 900 } });
    await signedInAt(page, '/account/addresses');
    const { csrfToken } = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
    const res = await page.request.post('/api/v1/me/addresses', {
      data: { recipient: '张敏', phone: '13900001111', province: 'GD', city: '广州市', district: '天河区', street: '天河路 385 号 18 楼', postcode: '510620' },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(res.status()).toBe(201);
    await page.reload();
    const cards = page.getByTestId('address-card');
    const zhang = cards.filter({ hasText: '张敏' });
    await zhang.waitFor();
    const before = await cards.count();
    const badge = (card: typeof zhang) => card.getByText('默认', { exact: true });
    expect(await badge(zhang).count()).toBe(0);

    await page.getByRole('button', { name: '将 张敏 的地址设为默认' }).click();
    await page.getByText('已更换默认地址。').waitFor();
    await expect.poll(async () => (await cards.first().innerText()).includes('张敏') && (await badge(cards.first()).count()) === 1).toBe(true);

    await page.getByRole('button', { name: '编辑 张敏 的地址' }).click();
    const street = page.getByLabel('详细地址');
    expect(await street.inputValue()).toBe('天河路 385 号 18 楼');
    expect(await page.getByLabel('省份').inputValue()).toBe('GD');
    await street.fill('天河路 385 号 20 楼 2001 室');
    await shoot(page, 'desktop-address-edit');
    await page.getByRole('button', { name: '保存地址' }).click();
    await page.getByText('已保存修改。').waitFor();
    // The notice can show a moment before the list re-renders with the saved address.
    await expect.poll(() => zhang.innerText()).toContain('广东省 广州市 天河区 天河路 385 号 20 楼 2001 室');
    await shoot(page, 'desktop-addresses');

    await page.getByRole('button', { name: '删除 张敏 的地址' }).click();
    const dialog = page.getByRole('dialog', { name: '删除这个收货地址？' });
    await dialog.getByRole('button', { name: '删除' }).click();
    await page.getByText('已删除收货地址。').waitFor();
    await expect.poll(() => cards.count()).toBe(before - 1);
    // The newest remaining address is the default again.
    expect(await badge(cards.first()).count()).toBe(1);
  });
});
