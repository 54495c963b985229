// The longest task on a list of 5,000 job tiles once it has loaded (from DOMContentLoaded until its badges are in
// and its report is read): the page itself has no script, so every long task there is JSS Guard's work or the
// layout that work causes. Target: none over 50 ms (security.md, case 3). When the badges are in is read from the
// content script's mark (src/content/hints-mark.ts): an observer of the page's own would add its cost to our tasks.
import type { BrowserContext } from 'playwright-core';

/**
 * Run in the page: when the content script marked `count` hints of `kind` in (src/content/hints-mark.ts), or null.
 * Self-contained, as the browser is sent its text.
 */
export const hintsShownAt = ({ kind, count }: { kind: string; count: number }): number | null =>
  performance.getEntriesByName('jss-guard:hints').find((mark) => {
    const detail = (mark as PerformanceMark).detail as { kind: string; count: number } | null;
    return detail?.kind === kind && detail.count >= count;
  })?.startTime ?? null;

export async function longestTaskOnList(
  context: BrowserContext,
  url: string,
  tiles: number,
): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      const loaded = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      for (const task of list.getEntries()) {
        if (loaded && task.startTime >= loaded.domContentLoadedEventEnd)
          w.longest = Math.max(w.longest, task.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForFunction(hintsShownAt, { kind: 'tile-badge', count: tiles }, { timeout: 60_000 });
  // The report's slices run after the badges, at an idle moment.
  await page.waitForTimeout(3000);
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  await page.close();
  return longest;
}
