import { describe, expect, it } from 'vitest';
import { inEachBrowser } from '../helpers/browser';
import { jobUrl, numberedJobs } from '../helpers/numbered-jobs';

describe('observations under load and restarts', () => {
  // Firefox's event page idles out after a second here (30 s by default), so its restarts are tested too.
  inEachBrowser('with JSS Guard loaded', { pages: numberedJobs, backgroundIdleMs: 1000 }, (browser, name) => {
    const storedJobIds = async () => {
      const { history } = (await browser().storage.get('history')) as {
        history?: { jobs: { id: string }[] };
      };
      return (history?.jobs ?? []).map((j) => j.id).sort();
    };

    /** Jobs 50 and 51 are stored beside the first test's 10, and nothing was lost or doubled. */
    const bothStoredAndNoOther = async () => {
      await expect
        .poll(storedJobIds, { timeout: 15_000 })
        .toEqual(expect.arrayContaining(['~021990000000000000050', '~021990000000000000051']));
      expect((await storedJobIds()).length).toBe(12);
    };

    it('stores every job when 10 tabs report at once', async () => {
      const pages = await Promise.all(Array.from({ length: 10 }, () => browser().newPage()));
      await Promise.all(pages.map((page, i) => page.goto(jobUrl(i))));
      const expected = Array.from({ length: 10 }, (_, i) => `~0219900000000000${String(i).padStart(5, '0')}`);
      await expect.poll(storedJobIds, { timeout: 15_000 }).toEqual(expected);
      await Promise.all(pages.map((page) => page.close()));
    });

    // How the background goes away is each browser's own: Chromium stops the service worker (after 30 s idle, or
    // whenever it likes), Firefox suspends the event page when it has been idle.
    if (name === 'chromium') {
      it('loses no observation when the service worker is stopped between and during reports', async () => {
        await browser().stopBackground();
        const page = await browser().newPage();
        await page.goto(jobUrl(50));
        await browser().stopBackground();
        const second = await browser().newPage();
        await second.goto(jobUrl(51));
        await bothStoredAndNoOther();
      });
    } else {
      it('loses no observation when the event page idles out between reports', async () => {
        await browser().stopBackground();
        const page = await browser().newPage();
        await page.goto(jobUrl(50)); // the report wakes the background
        await expect.poll(storedJobIds, { timeout: 15_000 }).toContain('~021990000000000000050');
        await browser().stopBackground();
        const second = await browser().newPage();
        await second.goto(jobUrl(51));
        await bothStoredAndNoOther();
      });
    }
  });
});
