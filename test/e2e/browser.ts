// Shared set-up for the browser tests: the system Chromium (skipped, visibly, where it is missing),
// one server and one browser per test file, a fresh context (cookies, storage) per test.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, it } from 'vitest';
import { startServer, type TestServer } from './server.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

export const DEMO_PASSWORD = 'gateway-demo';
export const DEMO = {
  operator: 'ops@gateway.example',
  seller: 'sarah@tartcherry.example',
  otherSeller: 'tom@wausauginseng.example',
  shopper: 'li.wei@shopper.example',
};

/** Registers a visible skipped test saying why, so a machine without Chromium never passes silently. */
export function reportSkippedWithoutChromium(): void {
  if (!hasChromium) it.skip(`browser tests skipped: ${CHROMIUM_PATH} not found`, () => {});
}

export type E2E = { url: string; newPage(options?: BrowserContextOptions): Promise<Page> };

/** Call inside a describe block: starts the server and Chromium before its tests, stops them after. */
export function useBrowser(): E2E {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 30_000);

  return {
    get url() {
      if (!server) throw new Error('server not started');
      return server.url;
    },
    async newPage(options: BrowserContextOptions = {}) {
      if (!browser || !server) throw new Error('browser not started');
      const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 800 }, ...options });
      context.setDefaultTimeout(10_000);
      contexts.push(context);
      return context.newPage();
    },
  };
}

/** Signs in through an area's sign-in form (labels in English, the default there). */
export async function signInThroughForm(page: Page, path: string, email: string, password: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}
