/**
 * npm run --silent parse -- --url <url> <saved-page.html>
 * Prints the parse result the content script would send for that page (DESIGN.md, "Parse result"): this is how a
 * user's "this page broke" report is reproduced.
 */
import { JSDOM } from 'jsdom';
import { ParseResult } from '../core/schema/parse-result';
import { DEFAULT_SETTINGS } from '../core/settings';
import { parsePage } from '../pages';
import { toUrl } from '../pages/detect';
import { describeIssues, InputError, option, positional, readText, runCli } from './args';

const USAGE = 'usage: npm run --silent parse -- --url <https://www.upwork.com/…> <saved-page.html>';

runCli((args) => {
  const url = option(args, '--url');
  if (!url) throw new InputError(`${USAGE}\n--url is needed: the page kind and the job id come from it`);
  const parsedUrl = toUrl(url);
  if (parsedUrl?.protocol !== 'https:') throw new InputError(`--url must be a full https URL, not "${url}"`);
  const [file] = positional(args, ['--url']);
  const html = readText(file, USAGE);
  const document = new JSDOM(html, { url: parsedUrl.href }).window.document;
  const result = parsePage(document, parsedUrl.href, DEFAULT_SETTINGS);
  // The same check the background makes: a result outside the schema is a bug to report, not to print.
  const checked = ParseResult.safeParse(result);
  if (!checked.success)
    throw new Error(`the parser produced an invalid result:\n${describeIssues(checked.error)}`);
  process.stdout.write(`${JSON.stringify(checked.data, null, 2)}\n`);
});
