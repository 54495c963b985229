import { describe, expect, it } from 'vitest';
import { FreelancerParse } from '../../src/core/schema/contract';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parsePage } from '../../src/pages';
import { documentFrom, fixture } from '../helpers/dom';

const PROFILE = 'https://www.upwork.com/freelancers/~01abcdef0123456789';
const parseHtml = (html: string) =>
  FreelancerParse.parse(parsePage(documentFrom(html, PROFILE), PROFILE, DEFAULT_SETTINGS));
const parse = (file: string) => parseHtml(fixture(`pages/${file}`));

describe("your profile's work history", () => {
  it('reads each completed job: title, dates, stars or no feedback, amount or hours and rate', () => {
    const result = parse('profile-own-work-history.html');
    expect(result.missed).toEqual([]);
    expect(result.freelancer.jss).toBe(98);
    expect(result.workHistory).toEqual([
      {
        contractId: '39725429',
        title: 'React dashboard for a sales team',
        inProgress: false,
        startedAt: '2025-01-08',
        endedAt: '2025-03-17',
        startMonth: '2025-01',
        endMonth: '2025-03',
        feedback: 5,
        noFeedback: false,
        kind: 'hourly',
        earnings: 1280,
      },
      expect.objectContaining({
        contractId: null,
        title: 'Figma to Tailwind landing page',
        startedAt: '2024-12-02',
        endedAt: '2024-12-30',
        feedback: null,
        noFeedback: true,
        kind: 'fixed',
        earnings: 100,
      }),
      expect.objectContaining({
        title: 'Bug bash for a Vue app (2 weeks, "urgent")',
        feedback: 3.4,
        kind: 'hourly',
        earnings: 786.66,
      }),
      // Months only: the dates are not invented, the months are kept to match on.
      expect.objectContaining({
        title: 'Email templates',
        startedAt: null,
        endedAt: null,
        startMonth: '2023-10',
        endMonth: '2023-11',
        feedback: 4.8,
        earnings: 420,
      }),
    ]);
  });

  it('reads a layout with no attributes: the heading, dates split over spans, stars by their label, hours × rate', () => {
    expect(parse('profile-own-plain.html').workHistory).toEqual([
      expect.objectContaining({
        title: 'Data pipeline maintenance',
        startedAt: '2025-02-03',
        endedAt: '2025-06-30',
        feedback: 4.8,
        kind: 'hourly',
        earnings: 3600,
      }),
      expect.objectContaining({
        title: 'Support retainer',
        startedAt: '2025-07-01',
        endedAt: '2025-08-31',
        feedback: null,
        noFeedback: true,
        kind: 'hourly',
        earnings: 600,
      }),
    ]);
  });

  it('reads the in-progress tab: open jobs, a rate is not an amount', () => {
    expect(parse('profile-own-in-progress.html').workHistory).toEqual([
      expect.objectContaining({
        title: 'Shopify theme fixes',
        inProgress: true,
        startedAt: '2026-05-10',
        endedAt: null,
        endMonth: null,
        feedback: null,
        noFeedback: false,
        kind: 'hourly',
        earnings: null,
      }),
      expect.objectContaining({
        title: 'Landing page in Astro',
        inProgress: true,
        kind: 'fixed',
        earnings: 800,
      }),
    ]);
  });

  it("leaves another freelancer's work history alone", () => {
    const theirs = fixture('pages/profile-own-work-history.html')
      .replace(/<button type="button" aria-label="Edit[^<]*<\/button>/, '')
      .replace(/<a href="\/freelancers\/settings\/profile">Profile settings<\/a>/, '');
    const result = parseHtml(theirs);
    expect(result.freelancer.jss).toBe(98);
    expect(result.workHistory).toBeUndefined();
    expect(result.missed).toEqual([]);
    expect(parse('profile-top-rated-plus.html').workHistory).toBeUndefined();
  });

  it('says the work history was not read when Upwork changed it, rather than reading it as empty', () => {
    const changed = fixture('pages/profile-own-work-history.html').replace(
      /\w{3} \d{1,2}, \d{4} - \w{3} \d{1,2}, \d{4}|\w{3} \d{4} - \w{3} \d{4}/g,
      'a while ago',
    );
    const result = parseHtml(changed);
    expect(result.workHistory).toEqual([]);
    expect(result.missed).toEqual(['workHistory']);
  });
});
