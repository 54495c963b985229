import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../scripts/demo-pages.mjs';
import { inEachBrowser } from '../helpers/browser';
import { storedHistory } from '../helpers/histories';

/** Strings a stranger could put in a job title, a client's city or a contract title. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '</style><b id="injected">bold</b>',
  'javascript:window.__pwned=3',
  `${'A'.repeat(3000)}<svg onload="window.__pwned=4">`,
];
const [IMG, SCRIPT, STYLE, JS_LINK, LONG] = PAYLOADS as [string, string, string, string, string];
const asPageText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const JOB_URL = 'https://www.upwork.com/jobs/Hostile_~021990000000000000666/';
const CONTRACTS_URL = 'https://www.upwork.com/nx/wm/contracts';

// The page shows the payloads as text, as Upwork would: escaped in its HTML.
const jobPage = readFileSync(join(FIXTURES_DIR, 'demo', 'job-risky-client.html'), 'utf8')
  .replace('Fix my Shopify checkout before Black Friday', asPageText(IMG))
  .replace('<strong>United States</strong>', `<strong>${asPageText(SCRIPT)}</strong>`)
  .replace('<span class="nowrap"> Austin </span>', `<span class="nowrap">${asPageText(STYLE)}</span>`);
const contractsPage = readFileSync(join(FIXTURES_DIR, 'pages', 'contracts-active-cards.html'), 'utf8')
  .replace('Landing page in Astro', asPageText(LONG))
  .replace('Northwind Ltd', asPageText(JS_LINK));

describe('hostile page text', () => {
  inEachBrowser(
    'with JSS Guard loaded',
    {
      pages: (url: string) =>
        url.startsWith(JOB_URL) ? jobPage : url.startsWith(CONTRACTS_URL) ? contractsPage : null,
    },
    (browser) => {
      it('shows markup from the page as text in the hints and the popup, and runs none of it', async () => {
        const job = await browser().newPage();
        await job.goto(JOB_URL);
        const panel = job.locator('[data-jss-guard="client-panel"]');
        await expect.poll(() => panel.count()).toBe(1);
        const contracts = await browser().newPage();
        await contracts.goto(CONTRACTS_URL);
        await expect.poll(() => contracts.locator('[data-jss-guard="contract-at-risk"]').count()).toBe(1);

        // Reports go to the background at an idle moment: wait until both pages are stored.
        await expect
          .poll(
            async () =>
              Object.keys(
                (storedHistory(await browser().storage.get(null)) as { contracts?: object } | undefined)
                  ?.contracts ?? {},
              ),
            { timeout: 10_000 },
          )
          .toContain('41000001');
        const popup = await browser().newPage();
        await popup.goto(browser().extensionUrl('popup.html'));
        await expect.poll(() => popup.locator('.client').count(), { timeout: 10_000 }).toBe(1);
        await expect.poll(() => popup.locator('.warning').count()).toBeGreaterThan(0);
        await popup.waitForTimeout(500);

        const popupText = (await popup.locator('main').textContent()) ?? '';
        expect(popupText).toContain(IMG);
        expect(popupText).toContain(JS_LINK);
        // The 3,000-character title is kept, cut to 500 characters, rather than voiding the whole page.
        expect(popupText).toContain(`${'A'.repeat(499)}…`);
        for (const page of [job, contracts, popup]) {
          const found = await page.evaluate(() => {
            const roots: (Document | ShadowRoot)[] = [document];
            for (const host of document.querySelectorAll('[data-jss-guard]'))
              if (host.shadowRoot) roots.push(host.shadowRoot);
            return {
              pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
              injected: roots.reduce(
                (n, root) =>
                  n +
                  root.querySelectorAll(
                    'img, script:not([src]), svg[onload], #injected, a[href^="javascript:"]',
                  ).length,
                0,
              ),
            };
          });
          // The popup and options load their own script by src; nothing else may run or appear.
          expect(found).toEqual({ pwned: null, injected: 0 });
          expect(page.dialogs).toEqual([]);
        }
      });
    },
  );
});
