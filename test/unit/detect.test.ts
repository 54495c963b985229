import { describe, expect, it } from 'vitest';
import * as detect from '../../src/pages/detect';
import { PREDICATES, SAMPLE_OTHER_URLS, SAMPLE_URLS } from '../../src/pages/detect';

type Name = keyof typeof SAMPLE_URLS;
const names = Object.keys(SAMPLE_URLS) as Name[];

describe('page detection', () => {
  for (const name of names) {
    const predicate = PREDICATES[name];
    it(`${name} matches each of its sample URLs and no other predicate does`, () => {
      for (const url of SAMPLE_URLS[name]) {
        expect(predicate(new URL(url)), url).toBe(true);
        for (const other of names.filter((n) => n !== name)) {
          expect(PREDICATES[other](new URL(url)), `${other} must not match ${url}`).toBe(false);
        }
      }
    });
  }

  it('look-alike URLs match no predicate and are "other" pages', () => {
    for (const url of SAMPLE_OTHER_URLS) {
      for (const name of names)
        expect(PREDICATES[name](new URL(url)), `${name} must not match ${url}`).toBe(false);
      expect(detect.pageKind(url)).toBe('other');
    }
  });

  it('gives each URL the page kind of its parse result', () => {
    expect(detect.pageKind(SAMPLE_URLS.isJobSlider[0] ?? '')).toBe('job');
    expect(detect.pageKind(SAMPLE_URLS.isJobApply[0])).toBe('job');
    expect(detect.pageKind(SAMPLE_URLS.isJobSearch[0])).toBe('job-list');
    expect(detect.pageKind(SAMPLE_URLS.isContracts[1])).toBe('contracts');
    expect(detect.pageKind(SAMPLE_URLS.isContract[0])).toBe('contract');
    expect(detect.pageKind(SAMPLE_URLS.isStats[0])).toBe('stats');
    expect(detect.pageKind(SAMPLE_URLS.isProfile[0])).toBe('profile');
    expect(detect.pageKind('not a url')).toBe('other');
  });

  it('reads the job id from old and new URL shapes', () => {
    expect(detect.jobIdFromUrl(SAMPLE_URLS.isJobPage[1])).toBe('~021999060037801980319');
    expect(detect.jobIdFromUrl(SAMPLE_URLS.isJobPage[3])).toBe('~01a2b3c4d5e6f7a8b9');
    expect(detect.jobIdFromUrl(SAMPLE_URLS.isJobSlider[0] ?? '')).toBe('~021999055296412911573');
    expect(detect.jobIdFromUrl('https://www.upwork.com/nx/find-work/')).toBeNull();
  });
});
