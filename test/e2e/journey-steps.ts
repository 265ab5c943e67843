// The steps of the seller journey, driven through the real UI: importing a positive list as the
// operator, filling the application wizard, adding a product in the editor. Shared by the journey
// and screenshot tests.
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { expect } from 'vitest';

const DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

export async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const path = `${DIR}${name}.png`;
  // Sticky bars and sidebars are drawn where the page is scrolled to: shoot from the top.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  expect(statSync(path).size).toBeGreaterThan(10_000);
}

export const LIST_HEADER = 'hs_code,description,remark_type,remark,cap_quantity,cap_unit';
export const SMALL_LIST = `${LIST_HEADER}\n08134090,其他干果,none,,,\n`;

/** A one-page PDF as small as a PDF can be, for the trademark registration. */
export const tinyPdf = () =>
  Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

/** A 600×600 product photo: a red disc (a cherry, roughly) on cream. */
export const cherryPng = () =>
  sharp({ create: { width: 600, height: 600, channels: 3, background: '#f7f0e1' } })
    .composite([{ input: Buffer.from('<svg width="600" height="600"><circle cx="300" cy="320" r="190" fill="#b3122e"/><path d="M300 130 C320 60 380 40 420 50" stroke="#3d6b2a" stroke-width="14" fill="none"/></svg>'), top: 0, left: 0 }])
    .png()
    .toBuffer();

/** Ops › Positive list: validate a file, then import it. */
export async function importListThroughUi(page: Page, csv: string, announcement: string): Promise<void> {
  await page.goto('/ops/positive-list');
  await page.getByRole('heading', { level: 1, name: 'Positive list' }).waitFor();
  await page.locator('#list-file').setInputFiles({ name: 'positive-list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByLabel('Announcement').fill(announcement);
  await page.getByLabel('Effective from').fill('2022-03-01');
  await page.getByRole('button', { name: 'Validate only' }).click();
  await page.getByText('The file is valid', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByText(`${announcement} imported with`, { exact: false }).waitFor();
  await page.getByRole('table', { name: 'Versions' }).getByRole('row', { name: new RegExp(announcement) }).getByText('In force').waitFor();
}

export type Business = { legalName: string; tradeName: string; email: string };

/** Seller center › Apply: the five steps, saving each, with a PDF trademark registration; then Submit. */
export async function applyThroughWizard(page: Page, business: Business): Promise<void> {
  await page.goto('/seller');
  await page.getByRole('link', { name: 'Start your application' }).click();
  await page.waitForURL(/\/seller\/apply/);
  const next = () => page.getByRole('button', { name: 'Save and continue' }).click();

  await page.getByRole('heading', { name: 'Step 1 of 5 · Business' }).waitFor();
  await page.getByLabel('Legal name').fill(business.legalName);
  await page.getByLabel('Trade name').fill(business.tradeName);
  await page.getByLabel('EIN (US employer identification number)').fill('12-3456789');
  await page.getByLabel('Business type').selectOption('farm');
  await page.getByLabel('State').selectOption('MI');
  await page.getByLabel('City').fill('Traverse City');
  await page.getByLabel('Year founded').fill('1998');
  await page.getByLabel('People working in the business').fill('12');
  await page.getByLabel('Website').fill('https://orchard.example');
  await next();

  await page.getByRole('heading', { name: 'Step 2 of 5 · What you sell' }).waitFor();
  await page.getByLabel('What you make and sell').fill('Dried Montmorency tart cherries from our orchards near Traverse City.');
  await page.getByRole('checkbox', { name: /Food & agriculture/ }).check();
  await page.getByRole('radio', { name: /Exploring/ }).check();
  await next();

  await page.getByRole('heading', { name: 'Step 3 of 5 · Contact' }).waitFor();
  expect(await page.getByLabel('Contact e-mail').inputValue()).toBe(business.email);
  await page.getByLabel('Contact phone').fill('+1 231 555 0100');
  await next();

  await page.getByRole('heading', { name: 'Step 4 of 5 · Documents' }).waitFor();
  await page.getByLabel('China food-facility registration number').fill('USA0123456789');
  await page.locator('[data-kind="trademark_registration"] input[type="file"]').setInputFiles({ name: 'trademark-registration.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
  await page.locator('[data-kind="trademark_registration"]').getByRole('link', { name: 'trademark-registration.pdf' }).waitFor();
  await next();

  await page.getByRole('heading', { name: 'Step 5 of 5 · Review & submit' }).waitFor();
  await page.getByText('Everything needed is here.', { exact: false }).waitFor();
  await shoot(page, 'seller-application-review-step');
  await page.getByRole('button', { name: 'Submit application' }).click();
  await page.getByRole('heading', { name: /Application submitted/ }).waitFor();
}

export type NewProduct = { titleEn: string; titleZh: string; hsCode: string; sku: string; withImage: boolean };

/** Seller center › Products › Add product: both languages, customs data, the label, one variant. */
export async function fillProduct(page: Page, p: NewProduct): Promise<void> {
  await page.goto('/seller/products/new');
  await page.getByRole('heading', { level: 1, name: 'New product' }).waitFor();
  await page.getByLabel('Title (English)').fill(p.titleEn);
  await page.getByLabel('Title (Chinese)').fill(p.titleZh);
  await page.getByLabel('Description (English)').fill('Sun-ripened Michigan tart cherries, gently dried. No sulphites.');
  await page.getByLabel('Description (Chinese)').fill('产自密歇根特拉弗斯城的蒙莫朗西酸樱桃，低温烘干，酸甜适口。');
  await page.getByLabel('Category').selectOption('food');
  await page.getByLabel('Brand').fill('Traverse Bay');
  await page.getByLabel('China HS code').fill(p.hsCode);
  const label: Array<[string, string]> = [
    ['Ingredients (配料)', '酸樱桃、蔗糖、葵花籽油'],
    ['Manufacturer (生产商)', 'Traverse Bay Orchards LLC（美国密歇根州）'],
    ['Storage (贮存条件)', '常温避光保存，开封后冷藏'],
    ['Shelf life (保质期)', '12个月'],
    ['Net content (净含量)', '227克'],
  ];
  for (const [name, value] of label) await page.getByLabel(name).fill(value);
  await page.getByLabel('SKU of variant 1').fill(p.sku);
  await page.getByLabel('Size of variant 1').fill('227 g');
  await page.getByLabel('Weight in grams of variant 1').fill('260');
  await page.getByLabel('Price in US dollars of variant 1').fill('12.99');
  await page.getByLabel('Statutory quantity of variant 1').fill('227');
  if (p.withImage) {
    await page.locator('#pf-images input[type="file"]').setInputFiles({ name: 'cherries.png', mimeType: 'image/png', buffer: await cherryPng() });
    await page.getByRole('img', { name: 'Product image 1' }).waitFor();
  }
}
