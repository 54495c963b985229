/** The freelancer's contracts list, `/nx/wm/contracts` (active and closed tabs). */
import type { Contract, ContractsParse } from '../core/schema/contract';
import { readContractFields } from './contract-fields';

export const SELECTORS = {
  main: ['main', '#main', '[role="main"]'],
  /** A link to one contract: its id is in the URL. */
  contractLink: 'a[href*="/nx/wm/contracts/"], a[href*="/nx/wm/workroom/"], a[href*="/ab/contracts/"]',
} as const;

const ID_IN_HREF = /\/(?:nx\/wm\/contracts|nx\/wm\/workroom|ab\/contracts)\/(\d{4,20})/;

export interface ContractRow {
  id: string;
  row: Element;
  link: Element;
}

export function mainContent(doc: Document): Element {
  for (const selector of SELECTORS.main) {
    const found = doc.querySelector(selector);
    if (found) return found;
  }
  return doc.body ?? doc.documentElement;
}

/**
 * Each contract on the list with its row: the largest element around its link that holds no other contract.
 * Rows are found by their links, so a changed layout still parses as long as contracts link to themselves.
 */
export function contractRows(doc: Document): ContractRow[] {
  const main = mainContent(doc);
  const links = new Map<string, Element>();
  for (const link of main.querySelectorAll(SELECTORS.contractLink)) {
    const id = ID_IN_HREF.exec(link.getAttribute('href') ?? '')?.[1];
    if (id && !links.has(id)) links.set(id, link);
  }
  const ids = (el: Element) =>
    new Set(
      [...el.querySelectorAll(SELECTORS.contractLink)].map(
        (a) => ID_IN_HREF.exec(a.getAttribute('href') ?? '')?.[1],
      ),
    );
  return [...links].map(([id, link]) => {
    let row: Element = link;
    while (row.parentElement && row.parentElement !== main && ids(row.parentElement).size <= 1)
      row = row.parentElement;
    return { id, row, link };
  });
}

export function parseContracts(doc: Document, url: string): ContractsParse {
  const missed: string[] = [];
  const contracts: Contract[] = contractRows(doc).map(({ id, row, link }, index) => {
    const { fields, missed: fieldsMissed } = readContractFields(row, link);
    for (const field of fieldsMissed) missed.push(`contracts.${index}.${field}`);
    return { id, ...fields };
  });
  if (contracts.length === 0) missed.push('contracts');
  return { page: 'contracts', url, missed, contracts };
}
