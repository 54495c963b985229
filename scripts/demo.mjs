// npm start: opens Chromium with JSS Guard loaded on the demo pages (served at their real upwork.com URLs).
// npm start -- --firefox: the same in Firefox ESR.
// npm start -- --headless: no window; writes a screenshot of every demo page and of the popup, and prints where.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from './browser.mjs';
import { DEMO_INDEX_URL, DEMO_PAGES } from './demo-pages.mjs';
import { BROWSER_TITLES, launchBrowser } from './launch.mjs';

const name = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
const title = BROWSER_TITLES[name];
const headless =
  process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const browser = await launchBrowser(name, { headless });

if (!headless) {
  const page = await browser.newPage();
  await page.goto(DEMO_INDEX_URL);
  console.log(
    `${title} ${browser.version} is open on the demo (${DEMO_INDEX_URL}). Close the window to stop.`,
  );
  await browser.closed;
} else {
  const outDir = join(ROOT, '.demo-screenshots', name);
  mkdirSync(outDir, { recursive: true });
  const page = await browser.newPage();
  for (const demo of DEMO_PAGES) {
    await page.goto(demo.url);
    if (demo.hint !== false)
      await page
        .locator('[data-jss-guard]')
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => {
          console.warn(`No JSS Guard hint appeared on ${demo.url}`);
        });
    await page.waitForTimeout(700);
    const file = join(outDir, basename(demo.file).replace(/\.html$/, '.png'));
    await page.screenshot({ path: file, fullPage: true });
    console.log(`${demo.layout}\n  ${file}`);
  }
  const popup = await browser.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.waitForTimeout(500);
  const file = join(outDir, 'popup.png');
  await popup.screenshotWhole(file, 400);
  console.log(`The popup after visiting the demo pages\n  ${file}`);
  console.log(`\nScreenshots from ${title} ${browser.version} are in ${outDir}`);
  await browser.close();
}
