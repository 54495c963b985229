import { jobWithRemembered } from '../core/history/remembered-tiles';
import type { Reply } from '../core/replies';
import type { RememberedTile } from '../core/schema/history';
import type { ParseResult } from '../core/schema/parse-result';
import { ext as browser } from '../ext';
import { jobIdFromUrl } from '../pages/detect';
import { settings } from './settings';

/** How long a report waits for the background's answer. */
const ANSWER_MS = 2000;

/**
 * The client facts the background remembers from the job's tile, or null (none, or no background to ask). Asked each
 * time, not kept: a list in another tab may show the job meanwhile.
 */
export async function askRemembered(url: string): Promise<RememberedTile | null> {
  const jobId = jobIdFromUrl(url);
  if (!jobId || !browser.runtime.id) return null;
  // A worker stopped mid-answer must not hold the page's report back: the background applies the tile again anyway.
  const late = new Promise<undefined>((resolve) => setTimeout(resolve, ANSWER_MS));
  try {
    const reply = (await Promise.race([
      browser.runtime.sendMessage({ type: 'remembered-tile', jobId }),
      late,
    ])) as Reply | undefined;
    return reply?.ok ? (reply.remembered ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * A job page's parse result with the rating and payment status its tile showed where the page shows none, so what
 * the page reports (and the page report the freelancer copies) does not call them missed. Other pages as they are.
 */
export async function withRememberedTile(result: ParseResult): Promise<ParseResult> {
  if (result.page !== 'job' || !result.job.id) return result;
  return jobWithRemembered(result, await askRemembered(result.url), settings());
}
