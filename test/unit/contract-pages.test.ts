import { describe, expect, it } from 'vitest';
import { mergeObservation, parseFailed } from '../../src/core/history/merge';
import { ContractsParse, FreelancerParse } from '../../src/core/schema/contract';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parsePage } from '../../src/pages';
import { documentFrom, fixture } from '../helpers/dom';
import { NOW, typicalHistory } from '../helpers/histories';

const U = 'https://www.upwork.com';
const parse = (file: string, url: string) =>
  parsePage(documentFrom(fixture(`pages/${file}`), url), url, DEFAULT_SETTINGS);
const contractsOf = (file: string, url: string) => ContractsParse.parse(parse(file, url));

describe('the contracts list', () => {
  it('reads every active contract from the card layout', () => {
    const result = contractsOf('contracts-active-cards.html', `${U}/nx/wm/contracts/?status=active`);
    expect(result.contracts.map((c) => [c.id, c.title, c.clientName, c.kind, c.status])).toEqual([
      ['41000001', 'Landing page in Astro', 'Northwind Ltd', 'hourly', 'active'],
      ['41000002', 'Shopify theme fixes', 'Blue Fern Co', 'hourly', 'active'],
      ['41000009', 'Logo refresh', 'Paper Plane', 'fixed', 'paused'],
    ]);
    expect(result.contracts[0]).toMatchObject({
      startedAt: '2026-07-01',
      lastActivityAt: '2026-10-12',
      earnings: 0,
      endedAt: null,
    });
    expect(result.contracts[1]?.earnings).toBe(3120);
    expect(result.missed).toEqual([]);
  });

  it('reads closed contracts from a table with no attributes: dates, earnings, feedback both ways, who ended it', () => {
    const result = contractsOf('contracts-closed-table.html', `${U}/nx/wm/contracts?status=closed`);
    const [migrate, stripe, figma] = result.contracts;
    expect(migrate).toMatchObject({
      id: '41000003',
      clientName: 'Acme Studio',
      status: 'ended',
      startedAt: '2026-08-01',
      endedAt: '2026-11-03',
      earnings: 1800,
      feedbackReceived: null,
      feedbackGiven: 5,
      endedBy: 'freelancer',
    });
    expect(stripe).toMatchObject({
      status: 'ended',
      endedAt: '2026-05-20',
      earnings: 950,
      feedbackReceived: 4.8,
      endedBy: 'client',
    });
    expect(figma).toMatchObject({ kind: 'hourly', earnings: 0, feedbackReceived: null, endedBy: 'client' });
    expect(result.missed).toEqual([]);
  });

  it('says it could not read a list whose markup changed, instead of inventing contracts', () => {
    const result = contractsOf('contracts-changed.html', `${U}/nx/wm/contracts`);
    expect(result.contracts).toEqual([]);
    expect(result.missed).toEqual(['contracts']);
  });
});

describe('a contract page', () => {
  it('reads an open contract gone quiet', () => {
    const result = contractsOf('contract-active-idle.html', `${U}/nx/wm/contracts/41000001`);
    expect(result.contracts).toEqual([
      expect.objectContaining({
        id: '41000001',
        title: 'Landing page in Astro',
        status: 'active',
        lastActivityAt: '2026-10-12',
        earnings: 0,
      }),
    ]);
  });

  it('reads an ended contract with no client feedback, ended by the freelancer', () => {
    const [contract] = contractsOf('contract-ended.html', `${U}/nx/wm/workroom/41000003/overview`).contracts;
    expect(contract).toMatchObject({
      id: '41000003',
      status: 'ended',
      endedAt: '2026-11-03',
      earnings: 1800,
      feedbackReceived: null,
      endedBy: 'freelancer',
    });
  });

  it('stores nothing from a contract page that shows no contract facts', () => {
    const result = contractsOf('contracts-changed.html', `${U}/nx/wm/contracts/41000001`);
    expect(result).toMatchObject({ contracts: [], missed: ['contracts'] });
  });
});

describe('the freelancer’s score and badges', () => {
  const freelancer = (file: string, url: string) => FreelancerParse.parse(parse(file, url));

  it('reads the JSS and badges of the freelancer’s own header, not of similar freelancers', () => {
    expect(freelancer('profile-top-rated-plus.html', `${U}/freelancers/~01abcdef0123456789`)).toMatchObject({
      page: 'profile',
      freelancer: { jss: 98, badges: ['Top Rated Plus'] },
      missed: [],
    });
  });

  it('says the score is unknown for a new freelancer rather than guessing', () => {
    expect(freelancer('profile-new-freelancer.html', `${U}/fl/janedoe`)).toMatchObject({
      freelancer: { jss: null, badges: ['Rising Talent'] },
      missed: ['freelancer.jss'],
    });
  });

  it('records your own score, not the score of another freelancer whose profile you look at', () => {
    const others = freelancer('profile-top-rated-plus.html', `${U}/freelancers/~01abcdef0123456789`);
    const yours = freelancer('profile-own-plain.html', `${U}/freelancers/~01fedcba9876543210`);
    expect(others).toMatchObject({ ownProfile: false, freelancer: { jss: 98 } });
    expect(yours.ownProfile).toBeUndefined();
    const history = typicalHistory();
    const afterOthers = mergeObservation(history, others, NOW);
    expect(afterOthers.jss).toEqual(history.jss);
    // Read, not failed: nothing on the page was missing, it just is not the user's.
    expect(parseFailed(others)).toBe(false);
    const afterYours = mergeObservation(afterOthers, yours, NOW);
    expect(afterYours.jss.at(-1)).toMatchObject({ value: 100, observedAt: NOW });
  });

  it('reads My Stats, where badge names also appear in explanations', () => {
    expect(freelancer('stats-top-rated.html', `${U}/nx/my-stats/`)).toMatchObject({
      page: 'stats',
      freelancer: { jss: 89, badges: ['Top Rated'] },
    });
  });
});
