/**
 * npm run --silent project -- <history.json> [--now YYYY-MM-DD] [--rules current|legacy]
 * Prints the JSS projection (DESIGN.md, "Projection") for an exported history or any file with `contracts`, under the
 * rule set the flag names, else the file's settings, else `current`.
 */
import * as z from 'zod';
import { project } from '../core/jss';
import { IsoDate } from '../core/schema/common';
import { Contract } from '../core/schema/contract';
import { JssObservation } from '../core/schema/history';
import { Settings } from '../core/schema/settings';
import { DEFAULT_SETTINGS, JSS_RULES, type JssRules, upgradeSettings } from '../core/settings';
import { describeIssues, InputError, option, positional, readJson, runCli } from './args';

const USAGE = 'usage: npm run --silent project -- <history.json> [--now YYYY-MM-DD] [--rules current|legacy]';

/** A field a file leaves out is unknown, as if it said null. */
const fillUnknown = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? { ...Object.fromEntries(Object.keys(Contract.shape).map((key) => [key, null])), ...value }
    : value;

const ProjectionFile = z.object({
  contracts: z.array(z.preprocess(fillUnknown, Contract)),
  clients: z
    .record(
      z.string(),
      z.looseObject({
        name: z.string().nullable().optional(),
        rating: z.number().min(0).max(5).nullable().optional(),
        reviews: z.number().int().min(0).nullable().optional(),
        ratingsGiven: z.array(z.number().min(0).max(5)).optional(),
      }),
    )
    .optional(),
  jss: z.array(JssObservation).optional(),
  // Settings of an older export are read under today's keys.
  settings: z.preprocess(upgradeSettings, Settings.partial()).optional(),
});

runCli((args) => {
  const now = option(args, '--now') ?? new Date().toISOString().slice(0, 10);
  if (!IsoDate.safeParse(now).success)
    throw new InputError(`--now must be a date as YYYY-MM-DD, not "${now}"`);
  const rules = option(args, '--rules');
  if (rules !== undefined && !JSS_RULES.includes(rules as JssRules))
    throw new InputError(`--rules must be ${JSS_RULES.join(' or ')}, not "${rules}"`);
  const [file] = positional(args, ['--now', '--rules']);
  const parsed = ProjectionFile.safeParse(readJson(file, USAGE));
  if (!parsed.success)
    throw new InputError(`${file} is not a history JSS Guard can project:\n${describeIssues(parsed.error)}`);
  const { settings, ...input } = parsed.data;
  const chosen = { ...DEFAULT_SETTINGS, ...settings, ...(rules ? { jssRules: rules as JssRules } : {}) };
  const projection = project(input, now, chosen);
  process.stdout.write(`${JSON.stringify(projection, null, 2)}\n`);
});
