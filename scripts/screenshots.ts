/// <reference types="chrome" />
// Writes the README and docs screenshots of the popup in each state: node scripts/run-ts.mjs scripts/screenshots.ts
import { join } from 'node:path';
import { emptyHistory } from '../src/core/history/empty';
import { seenToday } from '../test/helpers/habits';
import { calibratedHistory, largeHistory, typicalHistory } from '../test/helpers/histories';
import { openPopupWith, saveSettings } from '../test/helpers/popup';
import { launchExtension, ROOT } from './browser.mjs';

const out = join(ROOT, 'docs', 'screenshots');

function habitsDay() {
  const now = new Date().toISOString();
  const history = seenToday(typicalHistory(), now, [3, 21, 26], 2);
  const ended = new Date(Date.parse(now) - 3 * 86_400_000).toISOString().slice(0, 10);
  history.contracts['41000010'] = {
    ...history.contracts['41000003'],
    id: '41000010',
    title: 'Newsletter templates',
    clientName: 'Quill & Co',
    endedAt: ended,
    endedBy: 'client',
    feedbackReceived: null,
    feedbackGiven: null,
  } as (typeof history.contracts)[string];
  return history;
}
const browser = await launchExtension();
const states = [
  ['popup-empty', emptyHistory()],
  ['popup-typical', calibratedHistory()],
  ['popup-1000-contracts', largeHistory(1000)],
  // A day on Upwork: invitations of several ages, unread messages, feedback to give, clients who liked you.
  ['popup-habits', habitsDay()],
] as const;
for (const [name, history] of states) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await openPopupWith(browser, history, scheme);
    const file = join(out, `${name}${scheme === 'dark' ? '-dark' : ''}.png`);
    // The popup lays out list items only near the view (content-visibility): show it as if scrolled through.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 400, height });
    // Let the items now in view be laid out and painted first: on a busy machine the shot came before, half blank.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
    );
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
// The options page on a typical history.
{
  const popup = await openPopupWith(browser, typicalHistory());
  await popup.goto(popup.url().replace('popup.html', 'options.html'));
  await popup.setViewportSize({ width: 900, height: 900 });
  await popup.getByRole('heading', { name: 'JSS Guard options' }).waitFor();
  await popup.screenshot({ path: join(out, 'options.png'), fullPage: true });
  console.log(join(out, 'options.png'));
  await popup.close();
}

// The popup on a page it could not read, its page report copied.
{
  const page = await browser.context.newPage();
  const url = 'https://www.upwork.com/ab/jobs/search/?q=unreadable';
  await page.goto(url);
  await page.locator('[data-jss-guard="tile-badge"]').first().waitFor();
  await page.waitForTimeout(1500); // the page report is sent at an idle moment
  const worker = browser.context.serviceWorkers()[0];
  const tabId = await worker?.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`${browser.popupUrl}?tab=${tabId}`);
  await popup.getByRole('button', { name: 'Copy page report' }).click();
  await popup.getByRole('textbox', { name: 'Page report' }).waitFor();
  await popup.screenshot({ path: join(out, 'popup-unread-page.png') });
  console.log(join(out, 'popup-unread-page.png'));
  await popup.close();
  await page.close();
}

// The feed with the option to fold the jobs of clients to avoid turned on.
{
  const fold = (on: boolean) => saveSettings(browser, { foldAvoidTiles: on });
  await fold(true);
  const page = await browser.context.newPage();
  await page.goto('https://www.upwork.com/nx/find-work/most-recent');
  await page.locator('[data-jss-guard="folded-tiles"]').waitFor();
  await page.screenshot({
    path: join(out, 'tiles-folded.png'),
    clip: { x: 180, y: 60, width: 920, height: 520 },
  });
  console.log(join(out, 'tiles-folded.png'));
  await page.close();
  await fold(false);
}

// The inline hints, light and dark: the feed with a badge's reasons open, and the slider's verdict panel.
for (const scheme of ['light', 'dark'] as const) {
  const suffix = scheme === 'dark' ? '-dark' : '';
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto('https://www.upwork.com/nx/find-work/most-recent');
  await page.locator('[data-jss-guard="tile-badge"]').nth(1).locator('.badge').focus();
  await page.screenshot({
    path: join(out, `tile-badges${suffix}.png`),
    clip: { x: 180, y: 100, width: 920, height: 420 },
  });
  await page.getByRole('link', { name: 'Fix my Shopify checkout before Black Friday' }).first().click();
  await page.locator('.air3-slider-job-details [data-jss-guard="client-panel"] .panel.avoid').waitFor();
  await page.screenshot({
    path: join(out, `slider-panel${suffix}.png`),
    clip: { x: 700, y: 0, width: 580, height: 560 },
  });
  console.log(join(out, `tile-badges${suffix}.png`), join(out, `slider-panel${suffix}.png`));
  await page.close();
}
for (const [name, url] of [
  ['invitation-hints', 'https://www.upwork.com/nx/proposals/'],
  ['contract-ask-feedback', 'https://www.upwork.com/nx/wm/contracts/42000001'],
  ['job-panel', 'https://www.upwork.com/jobs/Fix-my-Shopify-checkout_~021990000000000000001/'],
  ['contract-hints', 'https://www.upwork.com/nx/wm/contracts/41000001'],
  ['contracts-list', 'https://www.upwork.com/nx/wm/contracts/?status=active'],
] as const) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('[data-jss-guard]').first().waitFor();
  await page.screenshot({ path: join(out, `${name}.png`), clip: { x: 0, y: 0, width: 1280, height: 560 } });
  console.log(join(out, `${name}.png`));
  await page.close();
}
await browser.close();
