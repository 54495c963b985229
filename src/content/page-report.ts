import type { PageReport } from '../core/schema/page-report';
import { ext } from '../ext';
import { parsePage } from '../pages';
import { selectorMatches, textAnchorMatches } from '../pages/anchors';
import { pageOutline } from '../pages/outline';
import { withRememberedTile } from './remembered-tile';
import { settings } from './settings';

/** This page's report, made only when the freelancer asks for it in the popup: what the page itself reports. */
export async function pageReport(): Promise<PageReport> {
  const body = document.body ?? document.documentElement;
  return {
    jssGuardPageReport: 1,
    result: await withRememberedTile(parsePage(document, location.href, settings())),
    outline: pageOutline(body),
    selectors: selectorMatches(document),
    textAnchors: textAnchorMatches(body),
  };
}

/** Answers the popup's "Copy page report", and nothing else: only this extension's own pages may ask. */
export function answerPageReportRequests(): void {
  ext.runtime.onMessage?.addListener((message, sender, sendResponse) => {
    // A plain check, not the zod schema: zod would triple the content script that every Upwork page loads.
    const type =
      typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : null;
    if (sender.id !== ext.runtime.id || type !== 'page-report') return undefined;
    // Answered through `sendResponse` once made, the channel kept open by returning true (a listener's returned
    // promise is not awaited by every Chrome version); a report that failed answers null, "the page did not answer".
    pageReport().then(sendResponse, () => sendResponse(null));
    return true;
  });
}
