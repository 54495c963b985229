import { describeRefusal, fieldName, nonFiniteNumber } from '../schema/describe';
import { HistoryExport, SCHEMA_VERSION } from '../schema/history';

export type ImportCheck = { ok: true; data: HistoryExport } | { ok: false; error: string };

const NOTHING_CHANGED = 'Nothing was imported.';

/**
 * Whether `data` (a file the user chose, as JSON.parse read it) is a JSS Guard export this version can import; if
 * not, why, naming the field and what would be accepted. Run where the file is read too (the options page): a number
 * like 1e999 becomes null on its way through a browser message, so it must be caught before.
 */
export function checkImport(data: unknown): ImportCheck {
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    return {
      ok: false,
      error: `This file was saved by a newer JSS Guard (schema ${version}); this one reads schema ${SCHEMA_VERSION} and older. Update JSS Guard, then import it again. ${NOTHING_CHANGED}`,
    };
  const infinite = nonFiniteNumber(data);
  if (infinite)
    return {
      ok: false,
      error: `This file cannot be imported: ${fieldName(infinite, data)} holds a number too large to read; expected an ordinary number, like 1250.5. ${NOTHING_CHANGED}`,
    };
  const parsed = HistoryExport.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      error: `This file cannot be imported: ${describeRefusal(parsed.error, data)}. ${NOTHING_CHANGED}`,
    };
  return { ok: true, data: parsed.data };
}
