import { useState } from 'preact/hooks';
import type { StoredContract } from '../core/schema/history';

/** Contracts listed at a time: 10,000 rendered at once took the options page 2.3 s. */
export const PICKER_PAGE = 50;

const matches = (c: StoredContract, words: string) =>
  words === '' ||
  c.id.toLowerCase().includes(words) ||
  (c.title ?? '').toLowerCase().includes(words) ||
  (c.clientName ?? '').toLowerCase().includes(words);

/**
 * The contracts to pick one from for correcting, a page at a time, with a filter by title, client or id. Titles
 * are page text: each is isolated (`<bdi>`), so a right-to-left override in one cannot reorder what follows it.
 */
export function ContractPicker({
  contracts,
  pick,
}: {
  contracts: readonly StoredContract[];
  pick: (contract: StoredContract) => void;
}) {
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState(PICKER_PAGE);
  if (contracts.length === 0) return null;
  const words = filter.trim().toLowerCase();
  const found = words === '' ? contracts : contracts.filter((c) => matches(c, words));
  const left = found.length - Math.min(shown, found.length);
  return (
    <div class="picker">
      {contracts.length > PICKER_PAGE && (
        <label>
          Find a contract (title, client or id)
          <input
            type="search"
            value={filter}
            onInput={(e) => {
              setFilter(e.currentTarget.value);
              setShown(PICKER_PAGE);
            }}
          />
        </label>
      )}
      <p class="count" aria-live="polite">
        {found.length === contracts.length
          ? `${contracts.length} contracts`
          : `${found.length} of ${contracts.length} contracts match`}
      </p>
      <ul class="pick">
        {found.slice(0, shown).map((c) => (
          <li key={c.id}>
            <button type="button" class="link-button" onClick={() => pick(c)}>
              <bdi>{c.title ?? `Contract ${c.id}`}</bdi>
            </button>
            {c.userFields.length > 0 && (
              <span class="yours"> (corrected by you: {c.userFields.join(', ')})</span>
            )}
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button type="button" onClick={() => setShown(shown + PICKER_PAGE)}>
          Show {Math.min(left, PICKER_PAGE)} more ({left} not shown)
        </button>
      )}
    </div>
  );
}
