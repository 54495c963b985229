import { useState } from 'preact/hooks';
import { isFromProfileOnly } from '../core/contract-url';
import type { StoredContract } from '../core/schema/history';
import { formatDate, formatMoney, formatStars } from '../popup/format';

interface Props {
  contracts: Record<string, StoredContract>;
  /** Your answer: the two are one contract, or they are kept apart. */
  resolve: (id: string, other: string, same: boolean) => Promise<void>;
}

function describe(c: StoredContract): string {
  const source = isFromProfileOnly(c.id) ? 'from your profile' : `contract ${c.id}`;
  const ran = `${formatDate(c.startedAt)} – ${c.endedAt ? formatDate(c.endedAt) : 'open'}`;
  const feedback = c.feedbackReceived === null ? 'no feedback known' : formatStars(c.feedbackReceived);
  return `${source}: ${ran}, ${formatMoney(c.earnings)} earned, ${feedback}`;
}

/**
 * Jobs of your profile's work history that might be a contract JSS Guard already knows (a similar title, or the
 * same title with dates it cannot compare). Nothing is merged by guess: you say whether they are one contract.
 */
export function PossibleMatches({ contracts, resolve }: Props) {
  const [error, setError] = useState('');
  const pairs = Object.values(contracts).flatMap((c) =>
    (c.maybeSameAs ?? []).flatMap((id) => {
      const other = contracts[id];
      return other ? [[c, other] as const] : [];
    }),
  );
  if (pairs.length === 0) return null;
  const answer = (a: string, b: string, same: boolean) =>
    resolve(a, b, same).then(
      () => setError(''),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  return (
    <div class="possible-matches">
      <h3>Might be the same contract</h3>
      <p>
        Your profile lists these jobs under titles or dates that do not quite match a contract JSS Guard
        knows. Say whether each pair is one contract: until then both count.
      </p>
      <ul>
        {pairs.map(([a, b]) => (
          <li key={`${a.id} ${b.id}`}>
            <p>
              <strong>{a.title ?? 'Untitled'}</strong> ({describe(a)})
              <br />
              and <strong>{b.title ?? 'Untitled'}</strong> ({describe(b)})
            </p>
            <div class="buttons">
              <button type="button" onClick={() => answer(a.id, b.id, true)}>
                Same contract: make them one
              </button>
              <button type="button" onClick={() => answer(a.id, b.id, false)}>
                Keep apart
              </button>
            </div>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
