// Writes the README and docs screenshots: node scripts/run-ts.mjs scripts/screenshots.ts [--firefox]
// In Chromium: the popup in each state, the options page and the inline hints, light and dark. With --firefox: the
// popup and the job panel in Firefox (firefox-*.png), to be looked at beside Chromium's.
import { join } from 'node:path';
import { emptyHistory } from '../src/core/history/empty';
import { seenToday } from '../test/helpers/habits';
import { calibratedHistory, largeHistory, typicalHistory } from '../test/helpers/histories';
import { openExtensionPage, openPopupWith, saveSettings } from '../test/helpers/popup';
import { ROOT } from './browser.mjs';
import { launchBrowser } from './launch.mjs';

const firefox = process.argv.includes('--firefox');
const out = join(ROOT, 'docs', 'screenshots');
const file = (name: string) => join(out, `${firefox ? 'firefox-' : ''}${name}.png`);

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

const states = [
  ['popup-empty', emptyHistory()],
  ['popup-typical', calibratedHistory()],
  ['popup-1000-contracts', largeHistory(1000)],
  // A day on Upwork: invitations of several ages, unread messages, feedback to give, clients who liked you.
  ['popup-habits', habitsDay()],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  const dark = scheme === 'dark' ? '-dark' : '';
  const browser = await launchBrowser(firefox ? 'firefox' : 'chromium', { colorScheme: scheme });
  for (const [name, history] of firefox ? states.filter(([n]) => n === 'popup-typical') : states) {
    const page = await openPopupWith(browser, history);
    await page.screenshotWhole(file(`${name}${dark}`), 400);
    console.log(file(`${name}${dark}`));
    await page.close();
  }
  if (firefox) {
    if (!dark) {
      const page = await browser.newPage();
      await page.goto('https://www.upwork.com/jobs/Fix-my-Shopify-checkout_~021990000000000000001/');
      await page.locator('[data-jss-guard="client-panel"] .panel').waitFor();
      await page.screenshot({ path: file('job-panel'), clip: { x: 0, y: 0, width: 1280, height: 560 } });
      console.log(file('job-panel'));
    }
    await browser.close();
    continue;
  }
  if (!dark) {
    // The popup on a page it could not read, its page report copied.
    const page = await browser.newPage();
    const url = 'https://www.upwork.com/ab/jobs/search/?q=unreadable';
    await page.goto(url);
    await page.locator('[data-jss-guard="tile-badge"]').first().waitFor();
    await page.waitForTimeout(1500); // the page report is sent at an idle moment
    const popup = await openExtensionPage(browser, `popup.html?tab=${await browser.tabId(url)}`);
    await popup.locator('button', { hasText: 'Copy page report' }).click();
    await popup.locator('textarea[aria-label="Page report"]').waitFor();
    await popup.screenshot({ path: file('popup-unread-page') });
    console.log(file('popup-unread-page'));
    await popup.close();
    await page.close();

    // The options page on a typical history.
    await openPopupWith(browser, typicalHistory()).then((p) => p.close());
    const options = await openExtensionPage(browser, 'options.html', { width: 900, height: 900 });
    await options.locator('h1', { hasText: 'JSS Guard options' }).waitFor();
    await options.screenshot({ path: file('options'), fullPage: true });
    console.log(file('options'));
    await options.close();
  }
  if (!dark) {
    // The feed with the option to fold the jobs of clients to avoid turned on.
    const fold = (on: boolean) => saveSettings(browser, { foldAvoidTiles: on });
    await fold(true);
    const page = await browser.newPage();
    await page.goto('https://www.upwork.com/nx/find-work/most-recent');
    await page.locator('[data-jss-guard="folded-tiles"]').waitFor();
    await page.screenshot({ path: file('tiles-folded'), clip: { x: 180, y: 60, width: 920, height: 520 } });
    console.log(file('tiles-folded'));
    await page.close();
    await fold(false);
  }
  // The inline hints: the feed with a badge's reasons open, and the slider's verdict panel.
  const page = await browser.newPage();
  await page.goto('https://www.upwork.com/nx/find-work/most-recent');
  await page.locator('[data-jss-guard="tile-badge"]').nth(1).locator('.badge').focus();
  await page.screenshot({
    path: file(`tile-badges${dark}`),
    clip: { x: 180, y: 100, width: 920, height: 420 },
  });
  await page.locator('a', { hasText: 'Fix my Shopify checkout before Black Friday' }).first().click();
  await page.locator('.air3-slider-job-details [data-jss-guard="client-panel"] .panel.avoid').waitFor();
  await page.screenshot({
    path: file(`slider-panel${dark}`),
    clip: { x: 700, y: 0, width: 580, height: 560 },
  });
  console.log(file(`tile-badges${dark}`), file(`slider-panel${dark}`));
  await page.close();
  if (!dark) {
    for (const [name, url] of [
      ['invitation-hints', 'https://www.upwork.com/nx/proposals/'],
      ['contract-ask-feedback', 'https://www.upwork.com/nx/wm/contracts/42000001'],
      ['job-panel', 'https://www.upwork.com/jobs/Fix-my-Shopify-checkout_~021990000000000000001/'],
      ['contract-hints', 'https://www.upwork.com/nx/wm/contracts/41000001'],
      ['contracts-list', 'https://www.upwork.com/nx/wm/contracts/?status=active'],
    ] as const) {
      const hints = await browser.newPage();
      await hints.goto(url);
      await hints.locator('[data-jss-guard]').first().waitFor();
      await hints.screenshot({ path: file(name), clip: { x: 0, y: 0, width: 1280, height: 560 } });
      console.log(file(name));
      await hints.close();
    }
  }
  await browser.close();
}
