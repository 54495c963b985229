import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../scripts/demo-pages.mjs';
import { inEachBrowser } from '../helpers/browser';

const demo = DEMO_PAGES.find((p) => p.file === 'demo/job-risky-client.html');
if (!demo) throw new Error('demo job page missing');

describe('a job page', () => {
  inEachBrowser('with JSS Guard loaded', {}, (browser) => {
    it('shows the verdict above About the client, stores the client, and lists it in the popup', async () => {
      const page = await browser().newPage();
      await page.goto(demo.url);
      const panel = page.locator('[data-test="about-client-container"] > [data-jss-guard="client-panel"]');
      await expect.poll(() => panel.count()).toBe(1);
      await expect.poll(() => panel.locator('.panel').textContent()).toContain('Risky client for your JSS');
      expect(await panel.locator('li').first().textContent()).toBe(
        'Rated 2.86 of 5 by freelancers over 9 reviews (under 4.0)',
      );

      await expect
        .poll(() => browser().storage.get('history'), { timeout: 10_000 })
        .toMatchObject({ history: { jobs: [{ id: '~021990000000000000001' }] } });

      const popup = await browser().newPage();
      await popup.goto(browser().extensionUrl('popup.html'));
      const row = popup.locator('.client').first();
      await expect.poll(() => row.textContent()).toContain('Fix my Shopify checkout before Black Friday');
      expect(await row.textContent()).toContain('★ 2.86');
      expect(await row.locator('.verdict').textContent()).toBe('Risky client for your JSS');
    });
  });
});
