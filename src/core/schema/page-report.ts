import * as z from 'zod';
import { ParseResult } from './parse-result';

/** The popup asks the content script of the active tab for its page report ("Copy page report"). */
export const PageReportRequest = z.object({ type: z.literal('page-report') });
export type PageReportRequest = z.infer<typeof PageReportRequest>;

/**
 * What a freelancer pastes into a bug report when JSS Guard could not read a page: what it read, the page's structure
 * with none of its text (pages/outline.ts), and how often each selector and text anchor matched there.
 */
export const PageReport = z.object({
  jssGuardPageReport: z.literal(1),
  result: ParseResult,
  outline: z.string().max(2_000_000),
  selectors: z.record(z.string(), z.number()),
  textAnchors: z.record(z.string(), z.number()),
});
export type PageReport = z.infer<typeof PageReport>;
