import { useState } from 'preact/hooks';
import { isolate } from '../core/bidi';
import { contractUrl } from '../core/contract-url';
import { own } from '../core/dict';
import { contractsInListOrder, FIRST_CONTRACTS_SHOWN } from '../core/history/listing';
import type { StoredContract } from '../core/schema/history';
import type { Settings } from '../core/settings';
import { isoDay } from '../core/time';
import { daysAgo, formatMoney, formatStars } from './format';
import { ShowAll } from './show-all';
import type { ProjectionSummary } from './view-model';
import { weightWhy } from './weight-why';

const OUTCOME_LABEL = {
  successful: 'counts for you',
  negative: 'counts against you',
  neutral: 'counts as neutral',
  excluded: 'not counted',
};

/** Open contracts first, then the most recent: with their figures and their part in the projection. */
export function Contracts({
  contracts,
  total,
  outcomes,
  settings,
  now,
}: {
  contracts: readonly StoredContract[];
  /** How many the history holds: more than `contracts` while the popup shows its snapshot. */
  total: number;
  outcomes: ProjectionSummary['outcomes'] | undefined;
  settings: Settings;
  now: string;
}) {
  const [showAll, setShowAll] = useState(false);
  if (contracts.length === 0) {
    return <p class="empty">Open your contracts page on Upwork once so JSS Guard can read it.</p>;
  }
  const sorted = contractsInListOrder(contracts);
  const today = isoDay(now);
  const shown = showAll ? sorted : sorted.slice(0, FIRST_CONTRACTS_SHOWN);
  return (
    <>
      <ul class="contracts">
        {shown.map((c) => {
          const outcome = outcomes && own(outcomes, c.id);
          return (
            <li key={c.id} class={`contract ${c.status ?? 'unknown'}`}>
              <a href={contractUrl(c.id)} target="_blank" rel="noreferrer">
                <bdi>{c.title ?? `Contract ${c.id}`}</bdi>
              </a>
              <span class="meta">
                {[
                  c.clientName && isolate(c.clientName),
                  c.status && c.status !== 'unknown' ? c.status : 'status unknown',
                  c.status === 'ended'
                    ? `ended ${daysAgo(c.endedAt, now)}`
                    : `last activity ${daysAgo(c.lastActivityAt, now)}`,
                  `earned ${formatMoney(c.earnings)}`,
                  `feedback ${formatStars(c.feedbackReceived)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {c.userFields.length > 0 && <span class="yours"> · corrected by you</span>}
              </span>
              {outcome && (
                <span class={`outcome ${outcome.outcome}`}>
                  {OUTCOME_LABEL[outcome.outcome]}: {outcome.reason}
                </span>
              )}
              {outcome && outcome.outcome !== 'excluded' && (
                <span class="weight">{weightWhy(c, outcome.weight, today, settings)}</span>
              )}
            </li>
          );
        })}
      </ul>
      <ShowAll
        total={total}
        first={FIRST_CONTRACTS_SHOWN}
        noun="contracts"
        all={showAll}
        toggle={() => setShowAll(!showAll)}
      />
    </>
  );
}
