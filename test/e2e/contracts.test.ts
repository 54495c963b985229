import { describe, expect, it } from 'vitest';
import { inEachBrowser } from '../helpers/browser';
import { demoUrl } from '../helpers/demo';

const demo = demoUrl;

describe('contracts', () => {
  inEachBrowser('with JSS Guard loaded', {}, (browser) => {
    it('marks the open contract gone quiet on the contracts list, and the popup then warns about it', async () => {
      const page = await browser().newPage();
      await page.goto(demo('pages/contracts-active-cards.html'));
      const markers = page.locator('[data-jss-guard="contract-at-risk"]');
      await expect.poll(() => markers.count()).toBe(1);
      expect(await markers.locator('.marker').textContent()).toMatch(/No activity for \d+ days, \$0 earned/);
      const row = page.locator('[data-test="contract-tile"]', { has: '[data-jss-guard="contract-at-risk"]' });
      expect(await row.locator('a').first().textContent()).toBe('Landing page in Astro');

      const popup = await browser().newPage();
      await popup.goto(browser().extensionUrl('popup.html'));
      const warning = popup.locator('.warning', { hasText: 'Open contract with no activity' });
      await expect.poll(() => warning.count(), { timeout: 10_000 }).toBe(1);
      expect(await warning.textContent()).toContain('Landing page in Astro');
      expect(await warning.locator('a.open').getAttribute('href')).toBe(
        'https://www.upwork.com/nx/wm/contracts/41000001',
      );
    });

    it('puts "ask the client to end it" beside End contract and a banner on the quiet contract', async () => {
      const page = await browser().newPage();
      await page.goto(demo('pages/contract-active-idle.html'));
      const endHint = page.locator('[data-jss-guard="end-contract"]');
      await expect.poll(() => endHint.count()).toBe(1);
      // Right after the button, so it reads as part of it.
      expect(
        await endHint.evaluateAll((els) => els[0]?.previousElementSibling?.textContent?.trim() ?? null),
      ).toBe('End contract');
      expect(await endHint.locator('.hint').textContent()).toContain('Ask the client to end it.');
      const banner = page.locator('main > [data-jss-guard="inactive-contract"]');
      expect(await banner.locator('.hint').textContent()).toMatch(/No activity for \d+ days\./);
      // Neither hint is added twice as the page keeps changing.
      await page.evaluate(() => document.querySelector('dl')?.append(document.createElement('div')));
      await page.waitForTimeout(300);
      expect(await page.locator('[data-jss-guard]').count()).toBe(2);
    });
  });
});
