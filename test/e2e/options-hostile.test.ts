// Hostile files and damaged storage through the options page and the popup, in each browser (security.md, "Hostile
// input, second round", cases 2, 5 and 6): the browser's own message passing is part of each case.

import { describe, expect, it } from 'vitest';
import { type BrowserPage, inEachBrowser } from '../helpers/browser';
import { typicalHistory } from '../helpers/histories';
import { openExtensionPage, openPopup, popupComplete, storeHistory } from '../helpers/popup';

const contractJson = (id: string, earnings = '100') =>
  `{"id":${JSON.stringify(id)},"title":"Contract ${id}","clientId":null,"clientName":"Client","kind":"hourly","status":"ended","startedAt":"2026-01-05","endedAt":"2026-02-01","lastActivityAt":null,"earnings":${earnings},"feedbackReceived":5,"feedbackGiven":null,"endedBy":"client"}`;
const fileOf = (...contracts: string[]) => `{"schemaVersion":1,"contracts":[${contracts.join(',')}]}`;

describe('the options page and popup with hostile files and damaged storage', () => {
  inEachBrowser('with JSS Guard loaded', {}, (browser) => {
    async function openOptions(): Promise<BrowserPage> {
      const page = await openExtensionPage(browser(), 'options.html', { width: 1280, height: 900 });
      await page.locator('h2', { hasText: 'Your contracts' }).waitFor();
      return page;
    }
    async function importText(page: BrowserPage, text: string): Promise<string> {
      const status = page.locator('.data-controls [role="status"]');
      const before = await status.textContent();
      await page
        .locator('input[type="file"][accept^="application/json"]')
        .setInputFiles([{ name: 'history.json', type: 'application/json', text }]);
      await expect.poll(() => status.textContent()).not.toBe(before);
      return (await status.textContent()) ?? '';
    }

    it('refuses a number too large to read, naming the field, instead of storing it as unknown', async () => {
      await storeHistory(browser(), null);
      const page = await openOptions();
      const status = await importText(page, fileOf(contractJson('5', '1e999')));
      expect(status).toContain('contract 1 (id “5”), field “earnings” holds a number too large to read');
      expect(status).toContain('Nothing was imported.');
      await page.close();
    });

    it('imports and corrects contracts whose ids are names of object properties', async () => {
      await storeHistory(browser(), null);
      const page = await openOptions();
      const ids = ['__proto__', 'hasOwnProperty', 'constructor', 'toString'];
      const status = await importText(page, fileOf(...ids.map((id) => contractJson(id))));
      expect(status).toContain('4 contracts added');
      await page.locator('button', { hasText: 'Contract __proto__' }).click();
      await page.locator('label', { hasText: 'Earnings (USD)' }).locator('input').fill('250');
      await page.locator('button', { hasText: 'Save contract' }).click();
      await expect
        .poll(() => page.locator('.contracts-editor [role="status"]').textContent())
        .toBe('Saved contract __proto__ as corrected by you.');
      await expect.poll(() => page.locator('.contracts-editor .pick li').count()).toBe(4);
      await page.close();
    });

    it('imports the tiles a file remembers, refusing one whose key is not a job id', async () => {
      await storeHistory(browser(), null);
      const page = await openOptions();
      const job = '~021990000000000000031';
      const tile = `{"rating":4.82,"reviews":38,"paymentVerified":true,"seenAt":"2026-11-28T06:00:00.000Z","from":"search"}`;
      const withTile = (key: string) =>
        `{"schemaVersion":7,"contracts":[],"tiles":{${JSON.stringify(key)}:${tile}}}`;
      expect(await importText(page, withTile('__proto__'))).toContain(
        'the job tile “__proto__”: expected an Upwork job id',
      );
      expect(await importText(page, withTile(job))).toContain('1 job tile remembered');
      const { history } = (await browser().storage.get('history')) as {
        history?: { tiles?: Record<string, unknown> };
      };
      expect(history?.tiles?.[job]).toMatchObject({ rating: 4.82, paymentVerified: true, from: 'search' });
      await page.close();
    });

    it('lists what was kept aside and deletes it; the popup notice can be closed and goes with it', async () => {
      const damaged = JSON.parse(JSON.stringify(typicalHistory()));
      damaged.contracts.broken = { id: 'broken', earnings: 'lots' };
      damaged.settings.inactiveDays = -3;
      await storeHistory(browser(), damaged);
      const popup = await openPopup(browser());
      await popupComplete(popup);
      await expect.poll(() => popup.locator('.notices').textContent()).toContain('1 contract');
      await popup.locator('button[aria-label="Dismiss this notice"]').click();
      await expect.poll(() => popup.locator('.notices').count()).toBe(0);
      await popup.close();

      const page = await openOptions();
      const kept = page.locator('.backups li');
      await expect.poll(() => kept.count()).toBe(1);
      expect(await kept.textContent()).toContain('the setting inactiveDays (reset to its default, 30)');
      await kept.locator('button', { hasText: 'Delete' }).click();
      await expect.poll(() => page.locator('.backups li').count()).toBe(0);
      const keys = Object.keys(await browser().storage.get(null));
      expect(keys.filter((k) => k.startsWith('backup:'))).toEqual([]);
      await page.close();
    });
  });
});
