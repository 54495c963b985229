import { emptyHistory } from '../../src/core/history/empty';
import { blankContract } from '../../src/core/history/merge';
import { joinParts, namedParts } from '../../src/core/history/stored-parts';
import type { History, StoredContract } from '../../src/core/schema/history';
import { HISTORY_KEY } from '../../src/core/storage-keys';
import { addDays } from '../../src/core/time';

/** A small seeded generator, so every run builds the same history. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const NOW = '2026-11-25T12:00:00.000Z';
const TODAY = NOW.slice(0, 10);

function contract(id: string, fields: Partial<StoredContract>): StoredContract {
  return {
    ...blankContract(id),
    kind: 'fixed',
    status: 'ended',
    firstSeenAt: '2026-06-01T09:00:00.000Z',
    lastSeenAt: '2026-11-20T09:00:00.000Z',
    userFields: [],
    ...fields,
  };
}

/** What a freelancer a few months into using JSS Guard has: a score history, open and ended contracts, jobs seen. */
export function typicalHistory(): History {
  const history = emptyHistory();
  const contracts: StoredContract[] = [
    contract('41000001', {
      title: 'Landing page in Astro',
      clientName: 'Northwind Ltd',
      kind: 'hourly',
      status: 'active',
      startedAt: '2026-07-01',
      lastActivityAt: '2026-10-12',
      earnings: 0,
    }),
    contract('41000002', {
      title: 'Shopify theme fixes',
      clientName: 'Blue Fern Co',
      kind: 'hourly',
      status: 'active',
      startedAt: '2026-05-10',
      lastActivityAt: '2026-11-22',
      earnings: 3120,
    }),
    contract('41000003', {
      title: 'Migrate WordPress to Next.js',
      clientName: 'Acme Studio',
      startedAt: '2026-08-01',
      endedAt: '2026-11-03',
      earnings: 1800,
      feedbackReceived: null,
      endedBy: 'freelancer',
    }),
    contract('41000004', {
      title: 'API integration with Stripe',
      clientName: 'Kettle & Co',
      startedAt: '2026-04-02',
      endedAt: '2026-05-20',
      earnings: 950,
      feedbackReceived: 5,
      feedbackGiven: 5,
      endedBy: 'client',
    }),
    contract('41000005', {
      title: 'React dashboard',
      clientName: 'Orbit Labs',
      startedAt: '2026-02-02',
      endedAt: '2026-04-11',
      earnings: 2400,
      feedbackReceived: 5,
      feedbackGiven: 5,
      endedBy: 'client',
    }),
    contract('41000006', {
      title: 'Bug bash for a Vue app',
      clientName: 'Harsh Holdings',
      startedAt: '2026-03-01',
      endedAt: '2026-03-20',
      earnings: 300,
      feedbackReceived: 3,
      feedbackGiven: 2,
      endedBy: 'client',
    }),
    contract('41000007', {
      title: 'Email templates',
      clientName: 'Paper Plane',
      startedAt: '2025-12-01',
      endedAt: '2026-01-15',
      earnings: 420,
      feedbackReceived: 4.8,
      feedbackGiven: 5,
      endedBy: 'client',
    }),
    contract('41000008', {
      title: 'Figma to HTML',
      clientName: 'Quiet Client',
      startedAt: '2025-10-01',
      endedAt: '2025-10-05',
      earnings: 0,
      endedBy: 'client',
    }),
  ];
  history.contracts = Object.fromEntries(contracts.map((c) => [c.id, c]));
  history.jss = [
    { value: 96, badges: ['Top Rated'], observedAt: '2026-06-03T08:00:00.000Z' },
    { value: 94, badges: ['Top Rated'], observedAt: '2026-07-15T08:00:00.000Z' },
    { value: 91, badges: ['Top Rated'], observedAt: '2026-09-10T08:00:00.000Z' },
    { value: 89, badges: ['Top Rated'], observedAt: '2026-11-18T08:00:00.000Z' },
  ];
  history.jobs = [
    {
      id: '~021990000000000000001',
      title: 'Fix my Shopify checkout before Black Friday',
      clientKey: '2019-03-03|United States|Austin',
      verdict: { level: 'avoid', reasons: ['client-low-rating', 'client-low-hire-rate'] },
      seenAt: '2026-11-24T10:00:00.000Z',
      url: 'https://www.upwork.com/jobs/Fix-my-Shopify-checkout_~021990000000000000001/',
    },
    {
      id: '~021990000000000000002',
      title: 'Build a Supabase backend',
      clientKey: null,
      verdict: { level: 'fine', reasons: [] },
      seenAt: '2026-11-23T10:00:00.000Z',
      url: 'https://www.upwork.com/jobs/~021990000000000000002',
    },
  ];
  return history;
}

/**
 * The typical history after a few months of version 2 of the model: each score seen has both rule sets' projections
 * beside it, and the legacy rules have been the closer (off by 1 point on average, against 3).
 */
export function calibratedHistory(): History {
  const history = typicalHistory();
  const projections = [
    { current: 93, legacy: 95 },
    { current: 91, legacy: 93 },
    { current: 88, legacy: 90 },
    { current: 86, legacy: 88 },
  ];
  history.jss = history.jss.map((o, i) => ({ ...o, projections: projections[i] }));
  return history;
}

/** `count` contracts over the last three years, a few open, with feedback of every kind. */
export function largeHistory(count: number, seed = 1): History {
  const random = seeded(seed);
  const history = typicalHistory();
  const contracts: Record<string, StoredContract> = {};
  for (let i = 0; i < count; i++) {
    const id = String(50_000_000 + i);
    const startedAt = addDays(TODAY, -Math.floor(random() * 1100) - 20);
    const open = random() < 0.05;
    const endedAt = open ? null : addDays(startedAt, Math.floor(random() * 120) + 1);
    const feedback =
      open || random() < 0.25 ? null : ([5, 5, 5, 4.8, 4.5, 4, 3, 1][Math.floor(random() * 8)] ?? null);
    contracts[id] = contract(id, {
      title: `Contract ${i + 1}: ${['Landing page', 'API work', 'Bug fixes', 'Data pipeline', 'Design review'][i % 5]}`,
      clientId: `client-${Math.floor(random() * count * 0.6)}`,
      clientName: `Client ${i % 97}`,
      kind: random() < 0.5 ? 'hourly' : 'fixed',
      status: open ? 'active' : 'ended',
      startedAt,
      endedAt: endedAt && endedAt > TODAY ? TODAY : endedAt,
      lastActivityAt: open ? addDays(TODAY, -Math.floor(random() * 60)) : endedAt,
      earnings: random() < 0.06 ? 0 : Math.round(random() * 5000),
      feedbackReceived: feedback,
      endedBy: open ? null : random() < 0.3 ? 'freelancer' : 'client',
    });
  }
  history.contracts = contracts;
  return history;
}

/** The history as storage holds it, its contracts joined from their parts: what a worker would load. */
export function storedHistory(data: Record<string, unknown>): unknown {
  const root = data[HISTORY_KEY];
  const parts = namedParts(root);
  return parts ? joinParts(root as Record<string, unknown>, parts, data).raw : root;
}
