import { describe, expect, it } from 'vitest';
import { screenClient } from '../../src/core/rules/client';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

type Facts = Parameters<typeof screenClient>[0];
const good: Facts = { paymentVerified: true, rating: 4.9, reviews: 40, hireRate: 70, jobsPosted: 20 };
const screen = (facts: Partial<Facts>, given: number[] = []) =>
  screenClient({ ...good, ...facts }, given, DEFAULT_SETTINGS);
const ids = (s: ReturnType<typeof screen>) => s.findings.map((f) => f.id);

describe('client screening', () => {
  it('calls a well-rated, verified client fine', () => {
    expect(screen({})).toEqual({ level: 'fine', findings: [], missing: [] });
  });

  it('is careful under 4.0 and says avoid under 3.0, with the figures', () => {
    const careful = screen({ rating: 3.6, reviews: 12 });
    expect(careful.level).toBe('careful');
    expect(careful.findings[0]?.text).toBe('Rated 3.6 of 5 by freelancers over 12 reviews (under 4.0)');
    expect(screen({ rating: 2.86 }).level).toBe('avoid');
    expect(screen({ rating: 4.0 }).level).toBe('fine');
  });

  it('flags no reviews and an unverified payment method as careful', () => {
    expect(ids(screen({ rating: null, reviews: 0 }))).toEqual(['client-no-reviews']);
    const unverified = screen({ paymentVerified: false });
    expect(unverified.level).toBe('careful');
    expect(ids(unverified)).toEqual(['client-payment-unverified']);
  });

  it('says avoid for a client who gave a freelancer 2.0 or less, or averages under 3.5 over 3 ratings', () => {
    expect(screen({}, [5, 5, 1.6]).level).toBe('avoid');
    expect(screen({}, [3, 3.4, 3.5]).level).toBe('avoid');
    expect(screen({}, [3, 3.4]).level).toBe('fine');
    expect(screen({}, [5, 4.5, 2.1]).level).toBe('fine');
  });

  it('flags a low hire rate only with enough jobs posted', () => {
    expect(ids(screen({ hireRate: 22, jobsPosted: 41 }))).toEqual(['client-low-hire-rate']);
    expect(ids(screen({ hireRate: 0, jobsPosted: 2 }))).toEqual([]);
  });

  it('is unknown, not fine, when neither rating, reviews nor payment could be read', () => {
    expect(screen({ rating: null, reviews: null, paymentVerified: null }).level).toBe('unknown');
  });

  it('calls a client fine only with a rating shown and a verified payment, and names what is missing', () => {
    expect(screen({ paymentVerified: null })).toMatchObject({
      level: 'unknown',
      missing: ['paymentVerified'],
    });
    // A rated client whose rating the page did not show, with past hires: unknown, not unrated.
    const pastHires = screen({ rating: null, reviews: null, hires: 19, totalSpent: 11_000 });
    expect(pastHires).toMatchObject({ level: 'unknown', findings: [], missing: ['rating'] });
  });

  it('calls a client with no rating and no sign of past hires careful (client-no-reviews), never fine', () => {
    const unrated = { rating: null, reviews: null };
    for (const sign of [{ hireRate: 0, jobsPosted: 1 }, { hires: 0 }, { totalSpent: 0 }, { reviews: 0 }]) {
      expect(screen({ ...unrated, ...sign })).toMatchObject({ level: 'careful' });
      expect(ids(screen({ ...unrated, ...sign }))).toEqual(['client-no-reviews']);
    }
    // "$700+ spent" and "No feedback yet": spent, but nobody rated it.
    expect(ids(screen({ rating: null, reviews: 0, totalSpent: 700 }))).toEqual(['client-no-reviews']);
  });
});
