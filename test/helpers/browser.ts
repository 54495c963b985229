import { afterAll, beforeAll } from 'vitest';
import { launchExtension } from '../../scripts/browser.mjs';

type Launched = Awaited<ReturnType<typeof launchExtension>>;

/** One Chromium with JSS Guard for the tests of a file: launched before them, closed after them. */
export function chromiumWithExtension(options?: Parameters<typeof launchExtension>[0]): () => Launched {
  let browser: Launched | undefined;
  beforeAll(async () => {
    browser = await launchExtension(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium did not start');
    return browser;
  };
}
