import type { ClientFacts } from '../schema/job';

/**
 * Job pages show no client id, so a client is keyed by what does not change for an account: the date it joined
 * and where it is. Without a join date two clients could not be told apart, so nothing is keyed.
 */
export function clientKeyOf(client: Pick<ClientFacts, 'memberSince' | 'country' | 'city'>): string | null {
  if (!client.memberSince) return null;
  return [client.memberSince, client.country ?? '', client.city ?? ''].join('|');
}
