import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../scripts/demo-pages.mjs';
import { emptyHistory } from '../../src/core/history/empty';
import { addDays } from '../../src/core/time';
import { type BrowserPage, inEachBrowser } from '../helpers/browser';
import { typicalHistory } from '../helpers/histories';
import { openExtensionPage, openPopupWith, popupComplete, storeHistory } from '../helpers/popup';
import { type CsvRow, reportCsv } from '../helpers/reports';

const TODAY = new Date().toISOString().slice(0, 10);

/** Two hourly contracts of the last year, worked every fourth day for 200 days: what the popup did not know. */
function rows(from: number, to: number): CsvRow[] {
  const out: CsvRow[] = [];
  for (let day = from; day < to; day += 4) {
    const date = addDays(TODAY, day - 260);
    out.push({
      date,
      contract: 'Data pipeline (maintenance, "phase 2") (42000001)',
      hours: '3',
      amount: '150',
    });
    out.push({ date, contract: 'Support retainer (42000002)', hours: '1', amount: '50' });
  }
  return out;
}

/** Drops files on the options page's drop zone, as a user dragging them from the file manager does. */
async function dropFiles(page: BrowserPage, files: { name: string; text: string }[]): Promise<void> {
  await page.locator('.report-import').waitFor(); // the options page renders once it has read the settings
  await page.locator('.report-import').evaluateAll((els, files: { name: string; text: string }[]) => {
    const zone = els[0];
    if (!zone) throw new Error('no drop zone');
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

const demoUrl = (file: string) => DEMO_PAGES.find((p) => p.file === file)?.url ?? '';

const projected = (popup: BrowserPage) => popup.locator('.score.projected .value').textContent();

describe('importing earnings reports on the options page', () => {
  inEachBrowser('with JSS Guard loaded', {}, (browser) => {
    it('imports two overlapping reports dropped at once, and the popup projects with them', async () => {
      const before = await openPopupWith(browser(), typicalHistory());
      const projectedBefore = await projected(before);
      await before.close();

      const options = await openExtensionPage(browser(), 'options.html', { width: 1280, height: 900 });
      await dropFiles(options, [
        { name: 'earnings-2025.csv', text: reportCsv(rows(0, 140)) },
        { name: 'earnings-2026.csv', text: reportCsv(rows(100, 200)) },
      ]);
      const status = options.locator('.report-import [role="status"]');
      await expect.poll(() => status.textContent()).toMatch(/^Imported 2 files, \d+ rows: 2 contracts added/);
      expect(await status.textContent()).toContain('rows were already known');
      expect(
        await options.locator('button', { hasText: 'Data pipeline (maintenance, "phase 2")' }).count(),
      ).toBe(1);

      // A file that is not the report changes nothing and says why.
      await options.locator('.report-import input[type=file]').setInputFiles([
        {
          name: 'notes.csv',
          type: 'text/csv',
          text: '"Date","Contract","Hours","Amount","Payment type"\n"yesterday","A (1)","","5",""\n',
        },
      ]);
      await expect
        .poll(() => status.textContent())
        .toBe('notes.csv, line 2: the date "yesterday" is not a date as YYYY-MM-DD. Nothing was imported.');

      const after = await openExtensionPage(browser(), 'popup.html');
      await popupComplete(after);
      const contract = after.locator('.contract', { hasText: 'Data pipeline' });
      expect(await contract.textContent()).toContain('status unknown');
      expect(await contract.textContent()).toContain('earned $7,500');
      expect(await after.locator('.contract').count()).toBe(10);
      const [was, is] = [projectedBefore, await projected(after)].map((t) => Number.parseInt(t ?? '', 10));
      expect(is).toBeGreaterThan(was as number);
    });

    it("takes the demo's whole path: reports exported and dropped, the profile read, a possible match confirmed", async () => {
      await storeHistory(browser(), emptyHistory());
      const reports = await browser().newPage();
      await reports.goto(demoUrl('demo/reports.html'));
      const files: { name: string; text: string }[] = [];
      for (const year of ['2024', '2025', '2026']) {
        // What the export link serves (the browser's download itself is not what is tested here).
        const link = reports.locator('a', { hasText: `Export CSV · ${year}` });
        const href = (await link.getAttribute('href')) ?? '';
        const text = await reports.evaluate(async (url: string) => (await fetch(url)).text(), href);
        files.push({ name: href.split('/').pop() ?? '', text });
      }
      expect(files.map((f) => f.name)).toEqual([
        'earnings-2024.csv',
        'earnings-2025.csv',
        'earnings-2026.csv',
      ]);

      const options = await openExtensionPage(browser(), 'options.html', { width: 1280, height: 900 });
      await dropFiles(options, files);
      const status = options.locator('.report-import [role="status"]');
      await expect.poll(() => status.textContent()).toMatch(/^Imported 3 files, 29 rows: 4 contracts added/);
      const report = options.locator('#completeness');
      // The demo's reports are of fixed years: how many of their contracts are in the last 24 months depends on today.
      const known = Number(
        /JSS Guard knows (\d+) contracts? of the last 24 months/.exec(
          (await report.textContent()) ?? '',
        )?.[1],
      );
      expect(known).toBeGreaterThan(0);
      expect(await report.textContent()).toMatch(new RegExp(`${known} contracts? ha(s|ve) no status known`));

      const profile = await browser().newPage();
      await profile.goto(demoUrl('pages/profile-own-work-history.html'));
      // The options page read again, until the profile's report is in (it is sent at an idle moment).
      let current = options;
      await expect
        .poll(
          async () => {
            await current.close();
            current = await openExtensionPage(browser(), 'options.html', { width: 1280, height: 900 });
            await current.locator('#completeness').waitFor(); // rendered once the background has answered
            return current.locator('.possible-matches li').count();
          },
          { timeout: 10_000 },
        )
        .toBe(1);
      const match = current.locator('.possible-matches li');
      expect(await match.textContent()).toContain('Bug bash for a Vue app (2 weeks, "urgent")');
      expect(await match.textContent()).toContain('contract 38811001');
      await match.locator('button', { hasText: 'Same contract: make them one' }).click();
      await expect.poll(() => current.locator('.possible-matches').count()).toBe(0);
      // Left without a status: the open Shopify contract, which the profile's completed jobs do not list.
      const completeness = current.locator('#completeness');
      expect(await completeness.textContent()).toContain('1 contract has no status known');
      expect(await completeness.textContent()).not.toContain('no feedback known');

      const popup = await openExtensionPage(browser(), 'popup.html');
      await popupComplete(popup);
      expect(await popup.locator('.completeness').textContent()).toMatch(
        /^\d+ contracts? of the last 24 months known \(1 without status\)\. Next: open your profile's work history/,
      );
      const dashboard = popup.locator('.contract', { hasText: 'React dashboard for a sales team' });
      expect(await dashboard.textContent()).toContain('feedback 5.0 ★');
    });
  });
});
