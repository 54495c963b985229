import { weighing } from '../core/jss/weights';
import type { Contract } from '../core/schema/contract';
import type { Settings } from '../core/settings';
import { formatMoney } from './format';

const DAYS_PER_MONTH = 365.25 / 12;

/** "45 days", "7 months": paid length as a freelancer says it. */
function length(days: number): string {
  if (days < 61) return `${days} day${days === 1 ? '' : 's'}`;
  return `${Math.floor(days / DAYS_PER_MONTH)} months`;
}

/**
 * A contract's weight in the projection and why, as the popup lists it: "3.5 × — $5,000 earned, 7 months paid".
 * The weight is the projection's own; the why is read from the same rule (core/jss/weights.ts).
 */
export function weightWhy(contract: Contract, weight: number, today: string, settings: Settings): string {
  const rules = settings.jssRules;
  if (rules === 'legacy') return `${weight} × — the legacy rules count every contract once`;
  if (contract.earnings === null) return `${weight} × — earnings unknown`;
  const { days } = weighing(contract, today, settings, rules);
  const earned =
    contract.earnings > settings.noEarningsUpTo ? `${formatMoney(contract.earnings)} earned` : 'no earnings';
  const paid = days === null ? '' : `, ${length(days)} paid`;
  const capped = weight === settings.maxWeight ? ` (the most a contract counts)` : '';
  return `${weight} × — ${earned}${paid}${capped}`;
}
