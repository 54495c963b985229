import type * as z from 'zod';

/**
 * Refusals in the user's words, shared by every importer (the options page, the command-line tools): which field,
 * what it held, and what would be accepted.
 */

/** `contracts[3].earnings` from zod's path. */
export function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object with fields',
  map: 'entries by id (an object)',
};

const quote = (value: unknown) => {
  const text = typeof value === 'string' ? `“${value}”` : String(JSON.stringify(value) ?? value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** What would be accepted, said from a zod issue. */
export function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_big':
      if (issue.origin === 'string') return `expected text of at most ${issue.maximum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set' || issue.origin === 'map')
        return `expected at most ${issue.maximum} entries`;
      return `expected a number no more than ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'expected some text'
          : `expected at least ${issue.minimum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `expected at least ${issue.minimum} entries`;
      return `expected a number of ${issue.minimum} or more`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => quote(v)).join(', ')}`;
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    default:
      // Our own schemas say what they expect (dates, ids); zod's other messages are plain enough.
      return issue.message;
  }
}

/** The field an issue is about, in words: "contract 4 (id “123”), field “earnings”". */
export function fieldName(path: readonly PropertyKey[], data?: unknown): string {
  const [part, index, field, ...rest] = path;
  const tail = (from: readonly PropertyKey[]) => (from.length > 0 ? `, field “${pathOf(from)}”` : '');
  if (part === 'contracts' && typeof index === 'number') {
    const id = (data as { contracts?: { id?: unknown }[] } | undefined)?.contracts?.[index]?.id;
    const which = typeof id === 'string' && id ? ` (id ${quote(id)})` : '';
    return `contract ${index + 1}${which}${tail([field ?? '', ...rest].filter((k) => k !== ''))}`;
  }
  if (part === 'clients' && index !== undefined)
    return `client ${quote(String(index))}${tail([field ?? '', ...rest].filter((k) => k !== ''))}`;
  if (part === 'tiles' && index !== undefined)
    return `the job tile ${quote(String(index))}${tail([field ?? '', ...rest].filter((k) => k !== ''))}`;
  if (part === 'jss' && typeof index === 'number')
    return `score ${index + 1}${tail([field ?? '', ...rest].filter((k) => k !== ''))}`;
  if (part === 'settings' && index !== undefined) return `the setting “${String(index)}”`;
  return path.length > 0 ? `“${pathOf(path)}”` : 'the file';
}

/** The value at `path` in `data`, when there is one to show. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One issue in the user's words: the field, what it held, what would be accepted. */
export function describeIssue(issue: z.core.$ZodIssue, data?: unknown): string {
  const found = valueAt(data, issue.path);
  // An object of the right type refused for its size, or for its key (a map's id), is not worth quoting.
  const worthQuoting = found === null || typeof found !== 'object' || issue.code === 'invalid_type';
  const held =
    found === undefined
      ? issue.code === 'invalid_type'
        ? ' is missing'
        : ''
      : worthQuoting
        ? ` is ${quote(found)}`
        : '';
  return `${fieldName(issue.path, data)}${held}: ${expectation(issue)}`;
}

/** The first issues of a refusal in the user's words, and how many more there are. */
export function describeRefusal(error: z.ZodError, data?: unknown, limit = 3): string {
  const shown = error.issues.slice(0, limit).map((issue) => describeIssue(issue, data));
  const more = error.issues.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/** The first number that JSON or a message would not carry (1e999 is read as Infinity), with its path. */
export function nonFiniteNumber(value: unknown): PropertyKey[] | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : [];
  if (value === null || typeof value !== 'object') return null;
  // The path is built only on the way back from a find: a 50,000-contract file allocates nothing here.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nonFiniteNumber(value[i]);
      if (found) return [i, ...found];
    }
    return null;
  }
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = (value as Record<string, unknown>)[key];
    // Most values are text: skip the call.
    if (typeof item === 'string' || item === null) continue;
    const found = nonFiniteNumber(item);
    if (found) return [key, ...found];
  }
  return null;
}
