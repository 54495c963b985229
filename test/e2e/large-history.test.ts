// A history too large to write whole at every change (issue #19, case 1): imported through the options page, it is
// stored in parts (core/history/stored-parts.ts) in the browser's own storage, and read back whole by a background
// started again (Firefox's event page idles out after a second here).
import { describe, expect, it } from 'vitest';
import { inBrowser, inEachBrowser } from '../helpers/browser';
import { storedHistory, typicalHistory } from '../helpers/histories';
import { openExtensionPage, storeHistory } from '../helpers/popup';

const COUNT = 6_000;
const contractJson = (n: number) =>
  `{"id":"${70_000_000 + n}","title":"Contract ${n}","clientId":null,"clientName":"Client ${n % 300}","kind":"hourly","status":"ended","startedAt":"2025-01-05","endedAt":"2025-02-01","lastActivityAt":null,"earnings":100,"feedbackReceived":5,"feedbackGiven":null,"endedBy":"client"}`;
const file = `{"schemaVersion":1,"contracts":[${Array.from({ length: COUNT }, (_, n) => contractJson(n)).join(',')}]}`;

describe('a large history', () => {
  inEachBrowser('with JSS Guard loaded', { backgroundIdleMs: 1000 }, (browser) => {
    it('is stored in parts and read back whole after the background restarts', {
      timeout: 120_000,
    }, async () => {
      await storeHistory(browser(), null);
      const options = await openExtensionPage(browser(), 'options.html', { width: 1280, height: 900 });
      await options.locator('h2', { hasText: 'Your contracts' }).waitFor();
      const status = options.locator('.data-controls [role="status"]');
      await options
        .locator('input[type="file"][accept^="application/json"]')
        .setInputFiles([{ name: 'history.json', type: 'application/json', text: file }]);
      await expect
        .poll(() => status.textContent(), { timeout: 60_000 })
        .toContain(`${COUNT} contracts added`);
      await options.close();

      const stored = await browser().storage.get(null);
      const parts = Object.keys(stored).filter((key) => key.startsWith('contracts:'));
      expect(parts.length).toBeGreaterThan(1);
      expect((stored.history as { contracts?: unknown }).contracts).toBeUndefined();
      expect(Object.keys((storedHistory(stored) as { contracts: object }).contracts)).toHaveLength(COUNT);

      await browser().stopBackground();
      const again = await openExtensionPage(browser(), 'options.html', { width: 1280, height: 900 });
      await expect
        .poll(() => again.locator('.picker .count').textContent(), { timeout: 30_000 })
        .toBe(`${COUNT} contracts`);
      await again.close();
    });
  });

  // Chromium stops its service worker whenever it likes; Firefox's event page only idles out, never mid-import.
  inBrowser('chromium', 'with its service worker stopped during an import', {}, (browser) => {
    it('keeps all of the import or none of it, never a part', { timeout: 120_000 }, async () => {
      const contractCount = async () =>
        Object.keys((storedHistory(await browser().storage.get(null)) as { contracts: object }).contracts)
          .length;
      for (const wait of [0, 50, 150]) {
        await storeHistory(browser(), typicalHistory());
        const options = await openExtensionPage(browser(), 'options.html', { width: 1280, height: 900 });
        await options.locator('h2', { hasText: 'Your contracts' }).waitFor();
        await options
          .locator('input[type="file"][accept^="application/json"]')
          .setInputFiles([{ name: 'history.json', type: 'application/json', text: file }]);
        // Stopped once the import's parts are being written (or as soon after as this poll sees it).
        await expect
          .poll(
            async () => Object.keys(await browser().storage.get(['contracts:0:0', 'contracts:0:31'])).length,
            {
              timeout: 30_000,
              interval: 10,
            },
          )
          .toBeGreaterThan(0);
        await options.waitForTimeout(wait);
        await browser().stopBackground();
        await options.close();
        // A new worker reads what storage holds.
        const again = await openExtensionPage(browser(), 'options.html', { width: 1280, height: 900 });
        await again.locator('h2', { hasText: 'Your contracts' }).waitFor();
        // Stopped right after the first part, it kept none in every run tried (8); later, often all of it.
        expect([8, 8 + COUNT]).toContain(await contractCount());
        await again.close();
      }
    });
  });
});
