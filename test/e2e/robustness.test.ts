/// <reference types="chrome" />
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumWithExtension } from '../helpers/browser';
import { jobUrl, numberedJobs } from '../helpers/numbered-jobs';

describe('observations under load and restarts, in Chromium', () => {
  const chromium = chromiumWithExtension({ pages: numberedJobs });
  let browser: ReturnType<typeof chromium>;
  beforeAll(() => {
    browser = chromium();
  });

  const storedJobIds = async () => {
    const worker =
      browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    const { history } = (await worker.evaluate(() => chrome.storage.local.get('history'))) as {
      history?: { jobs: { id: string }[] };
    };
    return (history?.jobs ?? []).map((j) => j.id).sort();
  };

  it('stores every job when 10 tabs report at once', async () => {
    const pages = await Promise.all(Array.from({ length: 10 }, () => browser.context.newPage()));
    await Promise.all(pages.map((page, i) => page.goto(jobUrl(i))));
    const expected = Array.from({ length: 10 }, (_, i) => `~0219900000000000${String(i).padStart(5, '0')}`);
    await expect.poll(storedJobIds, { timeout: 15_000 }).toEqual(expected);
    await Promise.all(pages.map((page) => page.close()));
  });

  it('loses no observation when the service worker is stopped between and during reports', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.goto(jobUrl(50));
    await cdp.send('ServiceWorker.stopAllWorkers');
    const second = await browser.context.newPage();
    await second.goto(jobUrl(51));
    await expect
      .poll(storedJobIds, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['~021990000000000000050', '~021990000000000000051']));
    expect((await storedJobIds()).length).toBe(12);
  });
});
