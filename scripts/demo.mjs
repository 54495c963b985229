// npm start: opens Chromium with JSS Guard loaded on the demo pages (served at their real upwork.com URLs).
// npm start -- --headless: no window; writes a screenshot of every demo page and of the popup, and prints where.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { launchExtension, ROOT } from './browser.mjs';
import { DEMO_INDEX_URL, DEMO_PAGES } from './demo-pages.mjs';

const headless =
  process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const browser = await launchExtension({ headless });

if (!headless) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(DEMO_INDEX_URL);
  console.log(`Chromium is open on the demo (${DEMO_INDEX_URL}). Close the window to stop.`);
  await new Promise((resolve) => browser.context.on('close', resolve));
} else {
  const outDir = join(ROOT, '.demo-screenshots');
  mkdirSync(outDir, { recursive: true });
  const page = await browser.context.newPage();
  for (const demo of DEMO_PAGES) {
    await page.goto(demo.url);
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
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(browser.popupUrl);
  await popup.waitForTimeout(500);
  const file = join(outDir, 'popup.png');
  await popup.screenshot({ path: file, fullPage: true });
  console.log(`The popup after visiting the demo pages\n  ${file}`);
  console.log(`\nScreenshots are in ${outDir}`);
  await browser.close();
}
