// The storage a freelancer fills in three years: 600 contracts (each list seen many times), 5,000 job pages with
// their clients, and My Stats every day with the score changing about every two weeks.
import { popupSnapshotItems } from '../src/background/popup-snapshot';
import { memoryStorage } from '../src/background/storage-area';
import { Store } from '../src/background/store';
import { emptyHistory } from '../src/core/history/empty';
import { mergeObservation } from '../src/core/history/merge';
import type { Contract } from '../src/core/schema/contract';
import type { JobParse } from '../src/core/schema/job';
import { addDays } from '../src/core/time';
import { seeded } from '../test/helpers/histories';

export async function simulateThreeYears(): Promise<number> {
  const random = seeded(3);
  let history = emptyHistory();
  const start = '2023-11-25';
  const contracts: Contract[] = [];
  for (let day = 0; day < 3 * 365; day++) {
    const date = addDays(start, day);
    const now = `${date}T12:00:00.000Z`;
    // A new contract about every other day, 600 in all; the contracts list is visited weekly.
    if (contracts.length < 600 && day % 2 === 0 && day / 2 < 600) {
      contracts.push({
        id: String(40_000_000 + contracts.length),
        title: `A typical contract title for job number ${contracts.length}`,
        clientId: null,
        clientName: `Client company ${contracts.length % 150}`,
        kind: random() < 0.5 ? 'hourly' : 'fixed',
        status: 'active',
        startedAt: date,
        endedAt: null,
        lastActivityAt: date,
        earnings: Math.round(random() * 3000),
        feedbackReceived: null,
        feedbackGiven: null,
        endedBy: null,
      });
    }
    if (day % 7 === 0) {
      const seen = contracts.map((c) =>
        c.startedAt && c.startedAt < addDays(date, -40)
          ? {
              ...c,
              status: 'ended' as const,
              endedAt: addDays(c.startedAt, 40),
              feedbackReceived: 5,
              endedBy: 'client' as const,
            }
          : c,
      );
      history = mergeObservation(
        history,
        { page: 'contracts', url: 'https://www.upwork.com/nx/wm/contracts', missed: [], contracts: seen },
        now,
      );
    }
    // About 4.6 job pages a day: 5,000 in three years, each with its client.
    for (let j = 0; j < 5; j++) {
      if (day * 5 + j >= 5000) break;
      const n = day * 5 + j;
      const job: JobParse = {
        page: 'job',
        url: `https://www.upwork.com/jobs/Job_~02${1990000000000000000 + n}/`,
        missed: [],
        job: { id: `~02${1990000000000000000 + n}`, title: `A job title of typical length, number ${n}` },
        client: {
          paymentVerified: true,
          rating: 4.5,
          reviews: 12,
          country: 'United States',
          city: 'Austin',
          jobsPosted: 20,
          hireRate: 60,
          openJobs: 1,
          totalSpent: 12_000,
          hires: 10,
          activeHires: 1,
          avgHourlyRate: 30,
          hours: 400,
          memberSince: addDays('2015-01-01', n % 3000),
          industry: 'Tech & IT',
          companySize: 'Small company (2-9 people)',
        },
        clientHistory: { total: 5, items: [] },
        verdict: { level: 'fine', reasons: [] },
      };
      history = mergeObservation(history, job, now);
    }
    const jss = 90 + (Math.floor(day / 14) % 8);
    history = mergeObservation(
      history,
      {
        page: 'stats',
        url: 'https://www.upwork.com/nx/my-stats/',
        missed: [],
        freelancer: { jss, badges: ['Top Rated'] },
      },
      now,
    );
  }
  // What the store writes: the history in its parts, the settings' copy and the popup's snapshot, each under its key.
  const end = `${addDays(start, 3 * 365 - 1)}T12:00:00.000Z`;
  const area = memoryStorage();
  const store = new Store(area, () => end, popupSnapshotItems);
  await store.update(() => history);
  await store.derived();
  return Object.entries(area.data).reduce(
    (bytes, [key, value]) => bytes + Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value)),
    0,
  );
}
