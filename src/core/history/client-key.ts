import { CLIENT_KEY_MAX } from '../schema/common';
import type { ClientFacts } from '../schema/job';

/** How much of a country or city a key keeps as written; what is longer is told apart by a hash of the whole. */
const PART_MAX = 100;

/** FNV-1a over the text, twice with different seeds: 64 bits, as 16 hex digits. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * Job pages show no client id, so a client is keyed by what does not change for an account: the date it joined
 * and where it is. Without a join date two clients could not be told apart, so nothing is keyed. The key always
 * fits the stored job's `clientKey` (CLIENT_KEY_MAX), whatever length of country or city the page shows.
 */
export function clientKeyOf(client: Pick<ClientFacts, 'memberSince' | 'country' | 'city'>): string | null {
  if (!client.memberSince) return null;
  const country = client.country ?? '';
  const city = client.city ?? '';
  const key = [client.memberSince, country, city].join('|');
  if (key.length <= CLIENT_KEY_MAX && country.length <= PART_MAX && city.length <= PART_MAX) return key;
  return `${[client.memberSince.slice(0, 10), country.slice(0, PART_MAX), city.slice(0, PART_MAX)].join('|')}#${hash(key)}`;
}
