// Writes the README and docs screenshots of the popup in each state: node scripts/run-ts.mjs scripts/screenshots.ts
import { join } from 'node:path';
import { emptyHistory } from '../src/core/history/empty';
import { largeHistory, typicalHistory } from '../test/helpers/histories';
import { openPopupWith } from '../test/helpers/popup';
import { launchExtension, ROOT } from './browser.mjs';

const out = join(ROOT, 'docs', 'screenshots');
const browser = await launchExtension();
const states = [
  ['popup-empty', emptyHistory()],
  ['popup-typical', typicalHistory()],
  ['popup-1000-contracts', largeHistory(1000)],
] as const;
for (const [name, history] of states) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await openPopupWith(browser, history, scheme);
    const file = join(out, `${name}${scheme === 'dark' ? '-dark' : ''}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
