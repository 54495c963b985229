import { expect, it } from 'vitest';
import { inEachBrowser } from '../helpers/browser';
import { fixture } from '../helpers/dom';
import { openExtensionPage } from '../helpers/popup';

const SEARCH = 'https://www.upwork.com/nx/search/jobs/?q=shopify';
const JOB_ID = '~021990000000000000031';
const JOB = `https://www.upwork.com/jobs/Shopify-theme-fixes_${JOB_ID}/`;

/** The 2026 job page: its client box shows no rating and no payment status. */
const JOB_PAGE = `<!doctype html><html><body><main><div class="job-details-card"><h1>Shopify theme fixes</h1></div>
  <section class="cfe-about-client-v2"><h5>About the client</h5><ul>
  <li data-qa="client-location"><strong>United States</strong></li>
  <li><strong data-qa="client-spend">$10K total spent</strong><div data-qa="client-hires">12 hires, 2 active</div></li>
  <li data-qa="client-contract-date"><small>Member since Jan 4, 2019</small></li></ul></section></main></body></html>`;

function pageFor(url: string): string | null {
  if (url.startsWith(SEARCH)) return fixture('pages/search-2026-tiles.html');
  if (url.startsWith(JOB)) return JOB_PAGE;
  return null;
}

inEachBrowser('a job page after its tile in the search results', { pages: pageFor }, (browser) => {
  it('uses the rating and payment status the tile showed, in the panel with their source and in the history', async () => {
    const page = await browser().newPage();
    await page.goto(SEARCH);
    const remembered = async () => {
      const { history } = (await browser().storage.get('history')) as {
        history?: { tiles?: Record<string, { rating: number | null }> };
      };
      return history?.tiles?.[JOB_ID]?.rating;
    };
    await expect.poll(remembered, { timeout: 10_000 }).toBe(4.82);

    await page.goto(JOB);
    const panel = page.locator('[data-jss-guard="client-panel"]').locator('.panel');
    await expect
      .poll(() => panel.textContent(), { timeout: 5000 })
      .toContain('Rating 4.82 and payment verified from the search results, just now');
    expect(await panel.textContent()).toContain('Client looks fine');

    type Stored = {
      jobs: { id: string; clientKey: string | null; verdict: { level: string } }[];
      clients: Record<string, { rating: number | null; paymentVerified: boolean | null }>;
    };
    const stored = async () => {
      const { history } = (await browser().storage.get('history')) as { history?: Stored };
      const job = history?.jobs.find((j) => j.id === JOB_ID);
      const client = job?.clientKey ? history?.clients[job.clientKey] : undefined;
      return job && { level: job.verdict.level, rating: client?.rating, paid: client?.paymentVerified };
    };
    await expect.poll(stored, { timeout: 10_000 }).toEqual({ level: 'fine', rating: 4.82, paid: true });

    // The popup's This page says where the figures came from, as the panel does.
    const popup = await openExtensionPage(browser(), `popup.html?tab=${await browser().tabId(JOB)}`);
    await expect
      .poll(() => popup.locator('.this-page').textContent(), { timeout: 5000 })
      .toContain('Rating 4.82 and payment verified from the search results, just now');
    await popup.close();
  });
});
