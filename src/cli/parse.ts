/**
 * npm run --silent parse -- --url <url> <saved-page.html> [--now <ISO time>] [--tz <time zone>]
 * Prints the parse result the content script would send for that page (DESIGN.md, "Parse result"): this is how a
 * user's "this page broke" report is reproduced.
 * npm run --silent parse -- --outline <page-report.json>: which selectors and text anchors matched on a page a
 * freelancer reported with "Copy page report" (cli/outline.ts).
 */
import { JSDOM } from 'jsdom';
import { ParseResult } from '../core/schema/parse-result';
import { DEFAULT_SETTINGS } from '../core/settings';
import { parsePage } from '../pages';
import { toUrl } from '../pages/detect';
import { systemClock } from '../pages/received-time';
import { describeIssues, InputError, option, positional, readText, runCli } from './args';
import { outlineReport } from './outline';

const USAGE =
  'usage: npm run --silent parse -- --url <https://www.upwork.com/…> <saved-page.html> [--now <ISO time>] [--tz <zone>]\n' +
  '       npm run --silent parse -- --outline <page-report.json>';

runCli((args) => {
  if (args.includes('--outline')) {
    const text = readText(option(args, '--outline'), USAGE);
    process.stdout.write(`${JSON.stringify(outlineReport(text), null, 2)}\n`);
    return;
  }
  const url = option(args, '--url');
  if (!url) throw new InputError(`${USAGE}\n--url is needed: the page kind and the job id come from it`);
  const parsedUrl = toUrl(url);
  if (parsedUrl?.protocol !== 'https:') throw new InputError(`--url must be a full https URL, not "${url}"`);
  // The local times a page shows ("Received 9:30 PM") are read as of --now, in --tz: by default this machine's.
  const clock = {
    ...systemClock(),
    ...(option(args, '--tz') && { timeZone: option(args, '--tz') as string }),
  };
  const now = option(args, '--now');
  if (now !== undefined) {
    if (!Number.isFinite(Date.parse(now))) throw new InputError(`--now must be an ISO time, not "${now}"`);
    clock.now = new Date(now).toISOString();
  }
  const [file] = positional(args, ['--url', '--now', '--tz']);
  const html = readText(file, USAGE);
  const document = new JSDOM(html, { url: parsedUrl.href }).window.document;
  const result = parsePage(document, parsedUrl.href, DEFAULT_SETTINGS, clock);
  // The same check the background makes: a result outside the schema is a bug to report, not to print.
  const checked = ParseResult.safeParse(result);
  if (!checked.success)
    throw new Error(`the parser produced an invalid result:\n${describeIssues(checked.error)}`);
  process.stdout.write(`${JSON.stringify(checked.data, null, 2)}\n`);
});
