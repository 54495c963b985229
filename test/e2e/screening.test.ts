import { describe, expect, it } from 'vitest';
import { demoBody } from '../../scripts/demo-pages.mjs';
import { inEachBrowser } from '../helpers/browser';
import { saveSettings } from '../helpers/popup';

const FEED = 'https://www.upwork.com/nx/find-work/most-recent';
const LONG_LIST = 'https://www.upwork.com/nx/search/jobs/?q=many';
/** The demo feed whose slider's client box fills in 2.5 s after it opens, well after the page's first read. */
const LATE_FEED = `${FEED}?late=1`;

function pageFor(url: string): string | null {
  if (url.startsWith(LONG_LIST)) return searchPage(200);
  if (url.startsWith(LATE_FEED)) return demoBody(FEED)?.replace('}, 1000);', '}, 2500);') ?? null;
  return demoBody(url);
}

/** A search page with `n` tiles, every fourth client unverified and rated low. */
function searchPage(n: number): string {
  const tiles = Array.from({ length: n }, (_, i) => {
    const risky = i % 4 === 3;
    return `<article data-test="JobTile" data-ev-job-uid="${1990000000000001000 + i}">
      <h2><a data-test="job-tile-title-link UpLink" href="/jobs/Job-${i}_~02${1990000000000001000 + i}/">Job number ${i}</a></h2>
      <ul data-test="JobInfoClient">
        <li data-test="payment-verified"><div class="${risky ? 'is-unverified' : 'is-verified'}"></div>Payment ${risky ? 'unverified' : 'verified'}</li>
        <li data-test="UpCRating"><div class="air3-rating-value-text">${risky ? '2.5' : '4.8'}</div></li>
        <li data-test="total-spent"><strong>$${i}K+</strong> spent</li>
      </ul></article>`;
  }).join('');
  return `<!doctype html><html><body><main><section data-test="JobsList">${tiles}</section></main></body></html>`;
}

describe('client screening', () => {
  inEachBrowser('with JSS Guard loaded', { pages: pageFor }, (browser) => {
    it('gives the slider its panel once its client box fills in, once, and a new one for the next job', async () => {
      const page = await browser().newPage();
      await page.goto(FEED);
      await page.locator('a', { hasText: 'Fix my Shopify checkout before Black Friday' }).first().click();
      const panel = page.locator('.air3-slider-job-details [data-jss-guard="client-panel"]');
      await expect
        .poll(() => panel.locator('.panel').textContent(), { timeout: 5000 })
        .toContain('Risky client for your JSS');
      expect(await panel.locator('li').allTextContents()).toEqual([
        'Rated 2.86 of 5 by freelancers over 9 reviews (under 4.0)',
        'Hires on 22% of 41 jobs posted (under 30%)',
      ]);
      await page.waitForTimeout(600);
      expect(await panel.count()).toBe(1);

      // Another job, without a page load: the old panel goes, the new client gets its own verdict.
      await page.locator('a', { hasText: 'Build a React dashboard for our SaaS' }).first().click();
      await expect
        .poll(() => panel.locator('.panel').textContent(), { timeout: 5000 })
        .toContain('Client looks fine');
      expect(await panel.count()).toBe(1);
    });

    it('stores a job opened in a slider outside <main> with its client, once the client box fills in late', async () => {
      const page = await browser().newPage();
      await page.goto(LATE_FEED);
      // A job no other test opens: its stored client can come from this slider only.
      await page.locator('a', { hasText: 'Data pipeline in Python' }).first().click();
      expect(await page.locator('main .air3-slider-job-details').count()).toBe(0);
      type Stored = {
        jobs: { id: string; clientKey: string | null; verdict: { level: string } }[];
        clients: Record<string, { rating: number | null; country: string | null }>;
      };
      const stored = async () => {
        const { history } = (await browser().storage.get('history')) as { history?: Stored };
        const job = history?.jobs.find((j) => j.id === '~021990000000000010103');
        const client = job?.clientKey ? history?.clients[job.clientKey] : undefined;
        return job && { level: job.verdict.level, rating: client?.rating, country: client?.country };
      };
      await expect
        .poll(stored, { timeout: 10_000 })
        .toEqual({ level: 'careful', rating: 3.68, country: 'Germany' });
    });

    it('puts a badge on every tile, also on tiles added by scrolling, with the reasons on keyboard focus', async () => {
      const page = await browser().newPage();
      await page.goto(FEED);
      const badges = page.locator('[data-jss-guard="tile-badge"]');
      await expect.poll(() => badges.count()).toBe(8);
      await page.locator('button', { hasText: 'Load more jobs' }).click();
      await expect.poll(() => badges.count()).toBe(12);

      const risky = badges.nth(1);
      expect(await risky.locator('.badge').textContent()).toBe('✕ Risky client');
      expect(await risky.locator('.tip').isVisible()).toBe(false);
      await risky.locator('.badge').focus();
      expect(await risky.locator('.tip').isVisible()).toBe(true);
      expect(await risky.locator('.tip').textContent()).toContain('Rated 2.9 of 5 by freelancers');
    });

    it('badges all 200 tiles of a long list', async () => {
      const page = await browser().newPage();
      await page.goto(LONG_LIST);
      const badges = page.locator('[data-jss-guard="tile-badge"]');
      await expect.poll(() => badges.count(), { timeout: 10_000 }).toBe(200);
      expect(await badges.locator('.badge.avoid').count()).toBe(50);
    });

    it('folds the jobs of clients to avoid when asked, says so once per list, and the keyboard still reaches them', async () => {
      const fold = (on: boolean) => saveSettings(browser(), { foldAvoidTiles: on });
      await fold(true);
      try {
        const page = await browser().newPage();
        await page.goto(FEED);
        const line = page.locator('[data-jss-guard="folded-tiles"] .folded');
        await expect
          .poll(() => line.textContent())
          .toContain('JSS Guard folded 2 jobs from clients to avoid in this list.');
        expect(await page.locator('[data-jss-guard="folded-tiles"]').count()).toBe(1);
        const tiles = page.locator('section[data-ev-sublocation="job_feed_tile"]');
        expect(await tiles.count()).toBe(8); // nothing removed
        const risky = tiles.nth(1);
        expect(await risky.getAttribute('style')).toContain('max-height');

        // From the job before it, the keyboard goes to its badge, then into the folded job, which opens.
        await tiles.nth(0).locator('h3 a').focus();
        await page.press('Tab');
        await page.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
          'Fix my Shopify checkout before Black Friday',
        );
        expect(await risky.getAttribute('style')).toBeNull();
        await page.press('Tab'); // its badge
        await page.press('Tab'); // the next job: the risky one folds again
        await expect.poll(() => risky.getAttribute('style')).toContain('max-height');

        await line.locator('button', { hasText: 'Show them' }).click();
        await expect.poll(() => risky.getAttribute('style')).toBeNull();
        expect(await line.locator('button').textContent()).toBe('Fold them');
      } finally {
        await fold(false);
      }
    });
  });
});
