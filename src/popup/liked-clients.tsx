import { contractUrl } from '../core/contract-url';
import type { LikedClient } from '../core/rules/liked-clients';
import { formatStars } from './format';

/** Clients who rated you well and have no work with you now: a message about new work may bring a repeat hire. */
export function LikedClients({ clients }: { clients: readonly LikedClient[] }) {
  if (clients.length === 0) return null;
  return (
    <section aria-labelledby="liked-title">
      <h2 id="liked-title">Clients who liked you</h2>
      <p class="section-note">Worth a message about new work: repeat hires count for you.</p>
      <ul class="liked">
        {clients.map((c) => (
          <li key={c.key} class="liked-client">
            <a href={contractUrl(c.contractId)} target="_blank" rel="noreferrer">
              <bdi>{c.name ?? 'A client'}</bdi>
            </a>
            <span class="meta">
              {formatStars(c.stars)} · {c.contracts === 1 ? '1 contract' : `${c.contracts} contracts`} · last
              ended {c.daysSince} days ago
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
