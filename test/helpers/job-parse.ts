import type { ClientFacts, JobParse } from '../../src/core/schema/job';

export const JOB_URL = 'https://www.upwork.com/jobs/Fix_~021990000000000000001/';

/** A job page's parse result: a client in Austin who joined in 2019, with the given job id and client facts. */
export function jobParse(id: string, client: Partial<ClientFacts> = {}): JobParse {
  const rating = client.rating ?? null;
  return {
    page: 'job',
    url: JOB_URL,
    missed: [],
    job: { id, title: `Job ${id}` },
    client: {
      paymentVerified: true,
      rating,
      reviews: 9,
      country: 'United States',
      city: 'Austin',
      jobsPosted: null,
      hireRate: null,
      openJobs: null,
      totalSpent: 4200,
      hires: null,
      activeHires: null,
      avgHourlyRate: null,
      hours: null,
      memberSince: '2019-03-03',
      industry: null,
      companySize: null,
      ...client,
    },
    clientHistory: { total: null, items: [] },
    verdict: { level: rating !== null && rating < 3 ? 'avoid' : 'fine', reasons: [] },
  };
}
