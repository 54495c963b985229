import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../scripts/demo-pages.mjs';
import { inEachBrowser } from '../helpers/browser';
import { openExtensionPage } from '../helpers/popup';

const UNREADABLE = DEMO_PAGES.find((p) => p.file === 'pages/search-unreadable.html')?.url ?? '';

describe('a page JSS Guard could not read', () => {
  inEachBrowser('with JSS Guard loaded', {}, (browser) => {
    it('says so in the popup’s This page, and copies a page report with the page’s structure and none of its text', async () => {
      const page = await browser().newPage();
      await page.goto(UNREADABLE);
      await expect
        .poll(async () => (await browser().storage.get('history')).history, { timeout: 10_000 })
        .toMatchObject({ pages: { 'job-list': { failed: true, unread: '10 job links, 0 tiles read' } } });
      const tabId = await browser().tabId(UNREADABLE);

      // The popup opened as a page is its own active tab: it is pointed at the Upwork tab.
      const popup = await openExtensionPage(browser(), `popup.html?tab=${tabId}`);
      const thisPage = popup.locator('.this-page');
      await expect
        .poll(() => thisPage.textContent(), { timeout: 5000 })
        .toContain('JSS Guard could not read this page: 10 job links, 0 tiles read.');
      await popup.locator('button', { hasText: 'Copy page report' }).click();
      const shown = popup.locator('textarea[aria-label="Page report"]');
      await expect.poll(() => shown.inputValue(), { timeout: 5000 }).toContain('jssGuardPageReport');
      const report = JSON.parse((await shown.inputValue()) ?? '');
      expect(report.result).toMatchObject({ page: 'job-list', url: UNREADABLE });
      expect(report.outline).toContain('div.card ×10');
      expect(report.outline).toContain('a[job-link]');
      expect(report.outline).not.toMatch(/Acme|★/);
      expect(report.textAnchors).toMatchObject({ 'About the client': 0, 'Payment verified': 0 });
      // The status follows the clipboard's answer, which may come after the report is shown.
      await expect
        .poll(() => popup.locator('.copy-status').textContent(), { timeout: 5000 })
        .toMatch(/Copied|select the report/);
    });
  });
});
