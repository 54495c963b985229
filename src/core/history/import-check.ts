import * as z from 'zod';
import { describeRefusal, fieldName, nonFiniteNumber } from '../schema/describe';
import { HistoryExport, SCHEMA_VERSION } from '../schema/history';
import { runAtOnce, type Steps } from '../steps';
import { IMPORT_BATCH } from './transfer';

export type ImportCheck = { ok: true; data: HistoryExport } | { ok: false; error: string };

const NOTHING_CHANGED = 'Nothing was imported.';

/** The file but its contracts, which are checked a step at a time. */
const ExportHead = HistoryExport.extend({ contracts: z.array(z.unknown()) });
const ExportedContracts = HistoryExport.shape.contracts;
/** The file's fields in the order zod checks them, so a refusal names the first problem as one check would. */
const FIELD_ORDER: readonly PropertyKey[] = Object.keys(HistoryExport.shape);

const infiniteRefusal = (path: PropertyKey[], data: unknown): ImportCheck => ({
  ok: false,
  error: `This file cannot be imported: ${fieldName(path, data)} holds a number too large to read; expected an ordinary number, like 1250.5. ${NOTHING_CHANGED}`,
});

/**
 * Whether `data` (a file the user chose, as JSON.parse read it) is a JSS Guard export this version can import; if
 * not, why, naming the field and what would be accepted. Run where the file is read too (the options page): a number
 * like 1e999 becomes null on its way through a browser message, so it must be caught before.
 */
export function checkImport(data: unknown): ImportCheck {
  return runAtOnce(checkImportInSteps(data));
}

/**
 * `checkImport` a step at a time: the file but its contracts, then `size` contracts per step, yielding between
 * steps (the worker lets a page's report in there: a 50,000-contract file takes ~100 ms to check at once).
 */
export function* checkImportInSteps(data: unknown, size = IMPORT_BATCH): Steps<ImportCheck> {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    return {
      ok: false,
      error: `This file was saved by a newer JSS Guard (schema ${version}); this one reads schema ${SCHEMA_VERSION} and older. Update JSS Guard, then import it again. ${NOTHING_CHANGED}`,
    };
  const { contracts, ...rest } =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : { contracts: undefined };
  const infinite = nonFiniteNumber(rest);
  if (infinite) return infiniteRefusal(infinite, data);
  const head = ExportHead.safeParse(data);
  const issues = head.success ? [] : [...head.error.issues];
  const checked: HistoryExport['contracts'] = [];
  if (Array.isArray(contracts)) {
    for (let start = 0; start < contracts.length; start += size) {
      yield;
      const batch = contracts.slice(start, start + size);
      const found = nonFiniteNumber(batch);
      if (found) return infiniteRefusal(['contracts', start + Number(found[0]), ...found.slice(1)], data);
      const parsed = ExportedContracts.safeParse(batch);
      if (parsed.success) checked.push(...parsed.data);
      else
        for (const issue of parsed.error.issues)
          issues.push({
            ...issue,
            path: ['contracts', start + Number(issue.path[0]), ...issue.path.slice(1)],
          });
    }
  }
  if (!head.success || issues.length > 0) {
    const order = (issue: z.core.$ZodIssue) => FIELD_ORDER.indexOf(issue.path[0] ?? '');
    issues.sort((a, b) => order(a) - order(b));
    return {
      ok: false,
      error: `This file cannot be imported: ${describeRefusal(new z.ZodError(issues), data)}. ${NOTHING_CHANGED}`,
    };
  }
  return { ok: true, data: { ...head.data, contracts: checked } };
}
