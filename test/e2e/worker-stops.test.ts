/// <reference types="chrome" />
// The service worker stopped again and again while tabs load job pages (security.md, "Hostile input, second
// round", case 4): no observation a page made may be lost while its tab is open.
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumWithExtension } from '../helpers/browser';
import { jobId, jobUrl, numberedJobs } from '../helpers/numbered-jobs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a service worker stopped every 40–100 ms, in Chromium', () => {
  const chromium = chromiumWithExtension({ pages: numberedJobs });
  let browser: ReturnType<typeof chromium>;
  beforeAll(() => {
    browser = chromium();
  });

  it('loses none of 20 job pages loaded in 5 tabs meanwhile', { timeout: 240_000 }, async () => {
    const control = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
    let stopping = true;
    const stopper = (async () => {
      while (stopping) {
        await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
        await sleep(40 + Math.random() * 60);
      }
    })();
    // 5 tabs at a time, 4 rounds: every page stays open until the end.
    const pages = [];
    for (let round = 0; round < 4; round++) {
      const opened = await Promise.all(Array.from({ length: 5 }, () => browser.context.newPage()));
      await Promise.all(
        opened.map((page, i) =>
          page.goto(jobUrl(round * 5 + i), { waitUntil: 'domcontentloaded' }).catch(() => null),
        ),
      );
      pages.push(...opened);
      await sleep(1500);
    }
    // Stopped for 8 s more: longer than the 4 s after which the content script once gave a report up.
    await sleep(8000);
    stopping = false;
    await stopper;

    const stored = async () => {
      const worker =
        browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
      const { history } = (await worker.evaluate(() => chrome.storage.local.get('history'))) as {
        history?: { jobs: { id: string }[] };
      };
      return (history?.jobs ?? []).map((j) => j.id).sort();
    };
    const expected = Array.from({ length: 20 }, (_, n) => jobId(n)).sort();
    await expect.poll(stored, { timeout: 120_000, interval: 1000 }).toEqual(expected);
    await Promise.all([...pages, control].map((page) => page.close()));
  });
});
