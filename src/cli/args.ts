/** Shared by the command-line tools: reading a JSON file and reporting bad input with exit code 2. */
import { readFileSync } from 'node:fs';
import type * as z from 'zod';

export class InputError extends Error {}

/** `contracts[3].earnings` from zod's path. */
export function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function describeIssues(error: z.ZodError, limit = 5): string {
  const lines = error.issues
    .slice(0, limit)
    .map((issue) => `  ${pathOf(issue.path) || '(top level)'}: ${issue.message}`);
  const more = error.issues.length > limit ? `\n  … and ${error.issues.length - limit} more` : '';
  return `${lines.join('\n')}${more}`;
}

export function readText(file: string | undefined, usage: string): string {
  if (!file) throw new InputError(usage);
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function readJson(file: string | undefined, usage: string): unknown {
  const text = readText(file, usage);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The value after `--name`, or undefined. */
export function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

/** The arguments that are not options or their values. */
export function positional(args: readonly string[], optionsWithValues: readonly string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !optionsWithValues.includes(args[i - 1] ?? ''));
}

/** Runs a command; bad input is reported on stderr with exit code 2, anything else is a bug (exit 1). */
export function runCli(main: (args: string[]) => void): void {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
    } else throw error;
  }
}
