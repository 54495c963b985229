/// <reference types="chrome" />
// Hostile files and damaged storage through the options page and the popup, in Chromium (security.md, "Hostile
// input, second round", cases 2, 5 and 6): the browser's own message passing is part of each case.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumWithExtension } from '../helpers/browser';
import { typicalHistory } from '../helpers/histories';
import { openPopup, popupComplete, storeHistory } from '../helpers/popup';

const contractJson = (id: string, earnings = '100') =>
  `{"id":${JSON.stringify(id)},"title":"Contract ${id}","clientId":null,"clientName":"Client","kind":"hourly","status":"ended","startedAt":"2026-01-05","endedAt":"2026-02-01","lastActivityAt":null,"earnings":${earnings},"feedbackReceived":5,"feedbackGiven":null,"endedBy":"client"}`;
const fileOf = (...contracts: string[]) => `{"schemaVersion":1,"contracts":[${contracts.join(',')}]}`;

describe('the options page and popup with hostile files and damaged storage, in Chromium', () => {
  const chromium = chromiumWithExtension();
  let browser: ReturnType<typeof chromium>;
  beforeAll(() => {
    browser = chromium();
  });

  async function openOptions(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Your contracts' }).waitFor();
    return page;
  }
  async function importText(page: Page, text: string): Promise<string> {
    const status = page.locator('.data-controls [role="status"]');
    const before = await status.textContent();
    await page.locator('input[type="file"][accept^="application/json"]').setInputFiles({
      name: 'history.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => status.textContent()).not.toBe(before);
    return (await status.textContent()) ?? '';
  }

  it('refuses a number too large to read, naming the field, instead of storing it as unknown', async () => {
    await storeHistory(browser, null);
    const page = await openOptions();
    const status = await importText(page, fileOf(contractJson('5', '1e999')));
    expect(status).toContain('contract 1 (id “5”), field “earnings” holds a number too large to read');
    expect(status).toContain('Nothing was imported.');
    await page.close();
  });

  it('imports and corrects contracts whose ids are names of object properties', async () => {
    await storeHistory(browser, null);
    const page = await openOptions();
    const ids = ['__proto__', 'hasOwnProperty', 'constructor', 'toString'];
    const status = await importText(page, fileOf(...ids.map((id) => contractJson(id))));
    expect(status).toContain('4 contracts added');
    await page.getByRole('button', { name: 'Contract __proto__' }).click();
    await page.getByLabel('Earnings (USD)').fill('250');
    await page.getByRole('button', { name: 'Save contract' }).click();
    await expect
      .poll(() => page.locator('.contracts-editor [role="status"]').textContent())
      .toBe('Saved contract __proto__ as corrected by you.');
    await expect.poll(() => page.locator('.contracts-editor .pick li').count()).toBe(4);
    await page.close();
  });

  it('lists what was kept aside and deletes it; the popup notice can be closed and goes with it', async () => {
    const damaged = JSON.parse(JSON.stringify(typicalHistory()));
    damaged.contracts.broken = { id: 'broken', earnings: 'lots' };
    damaged.settings.inactiveDays = -3;
    await storeHistory(browser, damaged);
    const popup = await openPopup(browser);
    await popupComplete(popup);
    await expect.poll(() => popup.locator('.notices').textContent()).toContain('1 contract');
    await popup.getByRole('button', { name: 'Dismiss this notice' }).click();
    await expect.poll(() => popup.locator('.notices').count()).toBe(0);
    await popup.close();

    const page = await openOptions();
    const kept = page.locator('.backups li');
    await expect.poll(() => kept.count()).toBe(1);
    expect(await kept.textContent()).toContain('the setting inactiveDays (reset to its default, 30)');
    await kept.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => page.locator('.backups li').count()).toBe(0);
    const keys = await browser.worker?.evaluate(async () =>
      Object.keys(await chrome.storage.local.get(null)),
    );
    expect(keys?.filter((k) => k.startsWith('backup:'))).toEqual([]);
    await page.close();
  });
});
