import * as z from 'zod';
import { Contract } from './schema/contract';
import { NavigationRead } from './schema/habits';
import { JobId } from './schema/job';
import { ParseResult } from './schema/parse-result';
import { Settings } from './schema/settings';

/** A notice the popup shows: a page that could not be read (by its kind), or a problem of the store (by its time). */
export const Notice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), page: z.string().max(40) }),
  z.object({ kind: z.literal('problem'), at: z.string().max(100) }),
]);
export type Notice = z.infer<typeof Notice>;

const BackupKey = z.string().startsWith('backup:').max(200);

/**
 * The one message protocol between the extension's parts. The background validates every incoming message
 * against it and answers `{ ok: false, error }` to anything else.
 */
/** A year of daily rows on a dozen contracts is under 1 MB; a file past this is not an earnings report. */
const MAX_REPORT_CHARS = 20_000_000;

export const Message = z.discriminatedUnion('type', [
  /** A content script read an Upwork page. */
  z.object({ type: z.literal('observation'), result: ParseResult }),
  /** A content script read Upwork's navigation (unread messages), on any page. */
  z.object({ type: z.literal('navigation'), read: NavigationRead }),
  /** A job page that does not show the client's rating or payment status asks what the job's tile showed. */
  z.object({ type: z.literal('remembered-tile'), jobId: JobId }),
  /** The popup or options page asks for the stored history and what follows from it. */
  z.object({ type: z.literal('get-state') }),
  /** The user adds or corrects a contract; the given fields win over later reads. */
  z.object({
    type: z.literal('edit-contract'),
    contract: Contract.partial().extend({ id: Contract.shape.id }),
  }),
  z.object({ type: z.literal('save-settings'), settings: Settings }),
  z.object({ type: z.literal('import'), data: z.unknown() }),
  /** Upwork's earnings reports (CSV text), imported all or nothing. */
  z.object({
    type: z.literal('import-report'),
    files: z
      .array(z.object({ name: z.string().max(300), text: z.string().max(MAX_REPORT_CHARS) }))
      .min(1)
      .max(20),
  }),
  /** Your answer to "might be the same contract" (two contract ids): one contract, or kept apart. */
  z.object({
    type: z.literal('resolve-match'),
    id: Contract.shape.id,
    other: Contract.shape.id,
    same: z.boolean(),
  }),
  z.object({ type: z.literal('export') }),
  z.object({ type: z.literal('delete-all') }),
  /** The user closed a notice in the popup: a page Upwork changed, or stored data kept aside. */
  z.object({
    type: z.literal('dismiss-notice'),
    notice: Notice,
  }),
  /** Stored data kept aside (a `backup:` key), to download or delete from the options page. */
  z.object({ type: z.literal('get-backup'), key: BackupKey }),
  z.object({ type: z.literal('delete-backup'), key: BackupKey }),
]);
export type Message = z.infer<typeof Message>;

/** Messages only the extension's own pages (popup, options) may send; content scripts may only report pages. */
export const PAGE_ONLY_TYPES: ReadonlySet<Message['type']> = new Set([
  'observation',
  'navigation',
  'remembered-tile',
]);
