import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { listOperations } from '@access/contract';
import { ERROR_DEFINITIONS } from '@access/errors';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../support/browser';
import { npm, WORKSPACE_ROOT } from '../../support/packed-client';

/** Redoc's own badge ("API docs by Redocly"), an image the page hides when it cannot load. */
const REDOC_BADGE = /^https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg$/;
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

interface View {
  atBottom: boolean;
  text: string;
}

/** Scrolls one step down and says what the page shows (run in the page). */
function scrollStep(): View {
  const page = globalThis as unknown as {
    scrollBy(x: number, y: number): void;
    scrollY: number;
    innerHeight: number;
    document: { body: { innerText: string; scrollHeight: number } };
  };
  page.scrollBy(0, 500);
  return { atBottom: page.scrollY + page.innerHeight >= page.document.body.scrollHeight - 2, text: page.document.body.innerText };
}

/**
 * Opens one section by its link (Redoc routes on the hash) and scrolls it to the end, so each
 * lazily rendered part renders; returns all the text it showed. `shows`, when given, is text the
 * section starts with: scrolling waits for it, since a loaded machine can take seconds to render
 * a long section, and scrolling a page not yet there reads nothing.
 */
async function visit(page: Page, hash: string, shows?: string): Promise<string> {
  await page.evaluate((target) => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = target;
  }, hash);
  if (shows !== undefined) {
    await page.waitForFunction(
      (expected) => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText.includes(expected),
      shows,
      { timeout: 30_000 },
    );
  }
  let text = '';
  for (let step = 0, stillAtBottom = 0; step < 500 && stillAtBottom < 5; step += 1) {
    await page.waitForTimeout(100);
    const view = await page.evaluate(scrollStep);
    text += `\n${view.text}`;
    stillAtBottom = view.atBottom ? stillAtBottom + 1 : 0;
  }
  return text;
}

/** `npm run docs:build` writes the portal's reference; opened from disk with no network, all of it renders. */
describe('the built reference, offline in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const attempted: string[] = [];

  beforeAll(async () => {
    await npm(['run', 'docs:build'], WORKSPACE_ROOT);
    browser = await launchChromium();
    const context = await browser.newContext({ offline: true, viewport: { width: 1400, height: 1000 } });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      attempted.push(url);
      return route.abort('internetdisconnected');
    });
    page = await context.newPage();
    await page.goto(pathToFileURL(path.join(WORKSPACE_ROOT, 'dist/reference/index.html')).href);
    // The page is prerendered; the hash links appear once Redoc has taken it over in the browser.
    await page.locator('a[href="#/credentials"]').first().waitFor({ state: 'attached', timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders every operation, by its operationId: summary, path and each documented status', async () => {
    const operations = listOperations();
    expect(operations.length).toBeGreaterThanOrEqual(18);
    for (const { operationId, path: route, operation } of operations) {
      const text = await visit(page, `#/${slug((operation['tags'] as string[])[0] ?? '')}/${operationId.toLowerCase()}`);
      const statuses = Object.keys(operation['responses'] as object);
      expect({
        operationId,
        summary: text.includes(operation['summary'] as string),
        path: text.includes(route),
        missingStatuses: statuses.filter((status) => !text.includes(`\n${status}\n`)),
      }).toEqual({ operationId, summary: true, path: true, missingStatuses: [] });
    }
  }, 240_000);

  it('renders the error page with every code: its 8 digits, slug, meaning and what to do', async () => {
    const text = await visit(page, '#/errors', ERROR_DEFINITIONS[0]?.remedy);
    const missing = ERROR_DEFINITIONS.filter((e) => ![e.errorCode, e.code, e.message, e.remedy].every((part) => text.includes(part)));
    expect(missing.map((e) => e.code)).toEqual([]);
    expect(ERROR_DEFINITIONS.length).toBeGreaterThanOrEqual(34);
  }, 60_000);

  it('renders the pages on credentials, tenants and pagination', async () => {
    expect(await visit(page, '#/credentials')).toContain('WWW-Authenticate');
    expect(await visit(page, '#/tenants')).toContain('403 tenant_mismatch');
    expect(await visit(page, '#/pagination')).toContain('previousCursor');
  }, 60_000);

  it('loaded nothing from the network but Redoc’s own badge', () => {
    expect(attempted.filter((url) => !REDOC_BADGE.test(url))).toEqual([]);
  });
});
