import { clientWarnings } from './rules/client-warnings';
import { contractRules } from './rules/contracts';
import { feedbackRules } from './rules/feedback';
import { invitationRules, messageRules } from './rules/inbox';
import { jssRules } from './rules/jss';
import type { WarningId } from './schema/common';
import type { History } from './schema/history';
import type { Settings } from './settings';

export type Severity = 'info' | 'warn' | 'danger';

export interface Warning {
  id: WarningId;
  severity: Severity;
  subject: {
    kind: 'client' | 'job' | 'contract' | 'score' | 'invitation' | 'messages';
    id: string;
    name: string | null;
    url: string | null;
  };
  /** One line, e.g. "Open contract with no activity for 41 days". */
  title: string;
  /** The figures behind it. */
  reason: string;
  /** What to do about it. */
  action: string;
  /** Counted on the toolbar badge: something the freelancer should do now. */
  needsAction: boolean;
}

/** A rule is pure: the same history, time and settings always give the same warnings. */
export type Rule = (history: History, now: string, settings: Settings) => Warning[];

const RULES: Rule[] = [invitationRules, messageRules, contractRules, feedbackRules, jssRules, clientWarnings];

const SEVERITY_ORDER: Record<Severity, number> = { danger: 0, warn: 1, info: 2 };

/** Every warning that follows from the history, worst first. */
export function computeWarnings(
  history: History,
  now: string,
  settings: Settings = history.settings,
): Warning[] {
  return RULES.flatMap((rule) => rule(history, now, settings)).sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(b.needsAction) - Number(a.needsAction),
  );
}
