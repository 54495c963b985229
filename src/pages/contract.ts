/** One contract's page: `/nx/wm/contracts/<id>`, `/nx/wm/workroom/<id>/…`, `/ab/contracts/<id>`. */
import type { ContractsParse } from '../core/schema/contract';
import { readContractFields } from './contract-fields';
import { readFunding } from './contract-funding';
import { mainContent } from './contracts';
import { first, spacedText } from './dom';

export const SELECTORS = {
  title: ['[data-test="contract-title"]', 'main h1', 'h1', 'main h2'],
  endContract: ['[data-test="end-contract"]', '[data-qa="end-contract"]'],
} as const;

const ID_IN_URL = /\/(?:nx\/wm\/contracts|nx\/wm\/workroom|ab\/contracts)\/(\d{4,20})/;

/** The "End contract" button or link: by attribute first, then by its words. */
export function endContractButton(doc: Document): Element | null {
  return (
    first(doc, SELECTORS.endContract) ??
    [...mainContent(doc).querySelectorAll('button, a, [role="button"]')].find((el) =>
      /^\s*End contract\s*$/i.test(el.textContent ?? ''),
    ) ??
    null
  );
}

export function parseContract(doc: Document, url: string): ContractsParse {
  const id = ID_IN_URL.exec(new URL(url).pathname)?.[1];
  if (!id) return { page: 'contract', url, missed: ['contracts'], contracts: [] };
  const main = mainContent(doc);
  const { fields, missed } = readContractFields(main, first(doc, SELECTORS.title));
  // A contract page shows its status and its start or earnings; without them it did not load or Upwork changed
  // it: report that, and store no contract made of guesses.
  if (fields.status === null || (fields.startedAt === null && fields.earnings === null)) {
    return { page: 'contract', url, missed: ['contracts'], contracts: [] };
  }
  // A fixed-price contract's milestones: whether one is funded, whether all are paid.
  const funding = fields.kind === 'fixed' ? readFunding(main, spacedText(main)) : undefined;
  const fundingMissed = funding === null && fields.status === 'active' ? ['funding'] : [];
  return {
    page: 'contract',
    url,
    missed: [...missed, ...fundingMissed].map((f) => `contracts.0.${f}`),
    contracts: [{ id, ...fields, ...(funding !== undefined && { funding }) }],
  };
}
