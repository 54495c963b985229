import { clientWarnings } from './rules/client-warnings';
import { contractRulesSteps } from './rules/contracts';
import { feedbackRulesSteps } from './rules/feedback';
import { invitationRules, messageRules } from './rules/inbox';
import { jssRulesSteps } from './rules/jss';
import type { WarningId } from './schema/common';
import type { History } from './schema/history';
import type { Settings } from './settings';
import { runAtOnce, type Steps } from './steps';

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

/** A rule made a step at a time: those that look at every contract. */
type RuleSteps = (history: History, now: string, settings: Settings) => Steps<Warning[]>;

/** A rule over a few items (invitations, the recent jobs kept): one step is enough. */
const atOnce = (rule: Rule): RuleSteps =>
  // biome-ignore lint/correctness/useYield: a rule with nothing to wait between still runs as steps.
  function* (history, now, settings) {
    return rule(history, now, settings);
  };

const RULES: RuleSteps[] = [
  atOnce(invitationRules),
  atOnce(messageRules),
  contractRulesSteps,
  feedbackRulesSteps,
  jssRulesSteps,
  atOnce(clientWarnings),
];

const SEVERITY_ORDER: Record<Severity, number> = { danger: 0, warn: 1, info: 2 };

/** Every warning that follows from the history, worst first. */
export function computeWarnings(
  history: History,
  now: string,
  settings: Settings = history.settings,
): Warning[] {
  return runAtOnce(warningsSteps(history, now, settings));
}

/** `computeWarnings` a step at a time: the rules over contracts yield every `STATE_STEP` contracts. */
export function* warningsSteps(
  history: History,
  now: string,
  settings: Settings = history.settings,
): Steps<Warning[]> {
  const warnings: Warning[] = [];
  // One by one: spreading a rule's tens of thousands of warnings as arguments could overflow the stack.
  for (const rule of RULES) for (const warning of yield* rule(history, now, settings)) warnings.push(warning);
  return warnings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(b.needsAction) - Number(a.needsAction),
  );
}
