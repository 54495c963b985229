import * as z from 'zod';
import { PageUrl } from './common';
import { ContractsParse, FreelancerParse } from './contract';
import { ProposalsParse } from './habits';
import { JobListParse, JobParse } from './job';

export const OtherParse = z.object({
  page: z.literal('other'),
  url: PageUrl,
  missed: z.array(z.string()).max(0),
});

/** What a page module returns, the content script sends and `npm run parse` prints (DESIGN.md, "Parse result"). */
export const ParseResult = z.union([
  JobParse,
  JobListParse,
  ContractsParse,
  FreelancerParse,
  ProposalsParse,
  OtherParse,
]);
export type ParseResult = z.infer<typeof ParseResult>;
export type PageKind = ParseResult['page'];
