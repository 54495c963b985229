/**
 * What the background answers the popup, the options page and the content script: the message protocol's replies
 * and what they carry, here so that no page imports the background to know them.
 */
import type { Completeness } from './history/completeness';
import type { Projection } from './jss';
import type { LikedClient } from './rules/liked-clients';
import type { History, HistoryExport, RememberedTile } from './schema/history';
import type { Warning } from './warnings';

/** Something the store could not keep as it was; shown in the popup, with the key its raw data was saved under. */
export interface StoreProblem {
  at: string;
  message: string;
  backupKey: string | null;
  /** The user closed its notice; the backup stays listed in the options until deleted. */
  dismissed?: boolean;
}

export interface State {
  history: History;
  /** How complete the history is, and what would fill each gap; absent in a snapshot saved by an older version. */
  completeness?: Completeness;
  projection: Projection;
  warnings: Warning[];
  /** Clients worth a message about new work (popup, "Clients who liked you"). */
  likedClients: LikedClient[];
  problems: StoreProblem[];
}

export type Reply =
  | {
      ok: true;
      state?: State;
      exported?: HistoryExport;
      summary?: string;
      backup?: unknown;
      /** What the job's tile showed ('remembered-tile'); absent when no tile of the job was seen. */
      remembered?: RememberedTile;
    }
  | { ok: false; error: string };

/**
 * What the popup shows before anything is scrolled or expanded, saved after every change of the history. Reading
 * 1,000 contracts from storage takes the worker 80–140 ms; reading this takes a few, so the popup paints from it
 * and asks the worker for the whole state after (docs/performance.md).
 */
export interface PopupSnapshot {
  version: number;
  /** The UTC day it was made on: the popup uses it that day only, since warnings count days. */
  day: string;
  /** How many contracts the history holds; the snapshot carries only those the popup lists first. */
  contractCount: number;
  state: Omit<State, 'problems'>;
}
