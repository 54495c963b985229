/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/time';
import { chromiumWithExtension } from '../helpers/browser';
import { typicalHistory } from '../helpers/histories';
import { openPopupWith, popupComplete } from '../helpers/popup';
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
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.locator('.report-import').evaluate((zone, files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files);
}

const projected = (popup: Page) => popup.locator('.score.projected .value').textContent();

describe('importing earnings reports on the options page, in Chromium', () => {
  const chromium = chromiumWithExtension();
  let browser: ReturnType<typeof chromium>;
  beforeAll(() => {
    browser = chromium();
  });

  it('imports two overlapping reports dropped at once, and the popup projects with them', async () => {
    const before = await openPopupWith(browser, typicalHistory());
    const projectedBefore = await projected(before);
    await before.close();

    const options = await browser.context.newPage();
    await options.goto((browser.popupUrl ?? '').replace('popup.html', 'options.html'));
    await dropFiles(options, [
      { name: 'earnings-2025.csv', text: reportCsv(rows(0, 140)) },
      { name: 'earnings-2026.csv', text: reportCsv(rows(100, 200)) },
    ]);
    const status = options.locator('.report-import [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^Imported 2 files, \d+ rows: 2 contracts added/);
    expect(await status.textContent()).toContain('rows were already known');
    expect(
      await options.getByRole('button', { name: 'Data pipeline (maintenance, "phase 2")' }).count(),
    ).toBe(1);

    // A file that is not the report changes nothing and says why.
    await options.locator('.report-import input[type=file]').setInputFiles({
      name: 'notes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '"Date","Contract","Hours","Amount","Payment type"\n"yesterday","A (1)","","5",""\n',
      ),
    });
    await expect
      .poll(() => status.textContent())
      .toBe('notes.csv, line 2: the date "yesterday" is not a date as YYYY-MM-DD. Nothing was imported.');

    const after = await browser.context.newPage();
    await after.setViewportSize({ width: 400, height: 600 });
    await after.goto(browser.popupUrl ?? '');
    await popupComplete(after);
    const contract = after.locator('.contract', { hasText: 'Data pipeline' });
    expect(await contract.textContent()).toContain('status unknown');
    expect(await contract.textContent()).toContain('earned $7,500');
    expect(await after.locator('.contract').count()).toBe(10);
    const [was, is] = [projectedBefore, await projected(after)].map((t) => Number.parseInt(t ?? '', 10));
    expect(is).toBeGreaterThan(was as number);
  });
});
