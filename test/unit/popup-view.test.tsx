// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { stateOf as stateAt } from '../../src/background/state';
import { emptyHistory } from '../../src/core/history/empty';
import type { State } from '../../src/core/replies';
import type { History } from '../../src/core/schema/history';
import { PopupView } from '../../src/popup/popup-view';
import { largeHistory, NOW, typicalHistory } from '../helpers/histories';

const stateOf = (history: History, problems: State['problems'] = []): State =>
  stateAt(history, NOW, problems);

function show(state: State, activeUrl: string | null = null): HTMLElement {
  const root = document.createElement('div');
  render(<PopupView state={state} now={NOW} activeUrl={activeUrl} />, root);
  return root;
}

describe('the popup', () => {
  it('says what to do on a first run, and claims no warnings it could not know', () => {
    const text = show(stateOf(emptyHistory())).textContent ?? '';
    expect(text).toContain('Open your contracts page on Upwork once so JSS Guard can read it.');
    expect(text).toContain('No warnings yet');
    expect(text).not.toContain('Nothing threatens');
  });

  it('lists warnings worst first, each with what to do and a link to Upwork', () => {
    const root = show(stateOf(typicalHistory()));
    const warnings = [...root.querySelectorAll('.warning')];
    expect(warnings[0]?.classList.contains('danger')).toBe(true);
    expect(warnings[0]?.querySelector('.action')?.textContent).toMatch(/^What to do: /);
    expect(warnings[0]?.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.upwork.com/nx/wm/contracts/41000001',
    );
  });

  it('shows the worst 10 of hundreds of warnings, and all of them when asked', async () => {
    const history = largeHistory(3_000, 7);
    const state = stateOf(history);
    const root = show(state);
    const titles = () => [...root.querySelectorAll('.warning-title')].map((t) => t.textContent);
    expect(state.warnings.length).toBeGreaterThan(100);
    expect(root.querySelector('#warnings-title')?.textContent).toBe(
      `Needs your attention (${state.warnings.length})`,
    );
    expect(titles()).toHaveLength(10);
    expect(root.querySelectorAll('.warning.danger').length).toBe(
      Math.min(10, state.warnings.filter((w) => w.severity === 'danger').length),
    );
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show all'));
    expect(more?.textContent).toBe(`Show all ${state.warnings.length} warnings`);
    more?.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(titles()).toHaveLength(state.warnings.length);
  });

  it('shows each contract’s part in the projection', () => {
    const root = show(stateOf(typicalHistory()));
    const stripe = [...root.querySelectorAll('.contract')].find((c) =>
      c.textContent?.includes('API integration with Stripe'),
    );
    expect(stripe?.querySelector('.outcome')?.textContent).toBe('counts for you: 5.0 feedback');
  });

  it('names the rule set and its window, and what a first score needs', () => {
    const card = (history: History) => show(stateOf(history)).querySelector('.score-card');
    expect(card(typicalHistory())?.querySelector('.rules')?.textContent).toBe(
      'Upwork’s current rules · last 24 months',
    );
    const legacy = typicalHistory();
    legacy.settings = { ...legacy.settings, jssRules: 'legacy' };
    expect(card(legacy)?.querySelector('.rules')?.textContent).toMatch(
      /^Legacy rules · best of 6, 12, 24 months: the (6|12|24)-month window$/,
    );
    expect(card(emptyHistory())?.textContent).toContain('needs 2 rated contracts from 2 clients');
  });

  it('shows each counted contract’s weight and why', () => {
    const weightOf = (history: History, title: string) =>
      [...show(stateOf(history)).querySelectorAll('.contract')]
        .find((c) => c.textContent?.includes(title))
        ?.querySelector('.weight')?.textContent;
    // $3,120 hourly, paid May 10 → Nov 22 (196 days: 2 periods of 91): 1.5 + 2.
    expect(weightOf(typicalHistory(), 'Shopify theme fixes')).toBe('3.5 × — $3,120 earned, 6 months paid');
    expect(weightOf(typicalHistory(), 'API integration with Stripe')).toBe(
      '1.25 × — $950 earned, 48 days paid',
    );
    expect(weightOf(typicalHistory(), 'Figma to HTML')).toBe('1 × — no earnings');
    // Left out: no weight to show.
    expect(weightOf(typicalHistory(), 'Migrate WordPress to Next.js')).toBeUndefined();
    const legacy = typicalHistory();
    legacy.settings = { ...legacy.settings, jssRules: 'legacy' };
    expect(weightOf(legacy, 'Shopify theme fixes')).toBe('1 × — the legacy rules count every contract once');
  });

  it('shows the verdict on the job open in the active tab', () => {
    const history = typicalHistory();
    const text = show(stateOf(history), history.jobs[0]?.url ?? null).querySelector(
      '.this-page',
    )?.textContent;
    expect(text).toContain('Fix my Shopify checkout before Black Friday');
    expect(text).toContain('Risky client for your JSS');
    expect(
      show(stateOf(history), 'https://www.upwork.com/nx/my-stats/').querySelector('.this-page'),
    ).toBeNull();
  });

  it('says plainly when a page could not be read or stored data was kept aside', () => {
    const history = emptyHistory();
    history.pages.contracts = {
      url: 'https://www.upwork.com/nx/wm/contracts',
      at: NOW,
      missed: ['contracts'],
      failed: true,
    };
    const problem = {
      at: NOW,
      message: 'Some stored data did not validate and was kept aside: 1 contract.',
      backupKey: 'backup:x',
    };
    const text = show(stateOf(history, [problem])).querySelector('.notices')?.textContent ?? '';
    expect(text).toContain('could not read your contracts list');
    expect(text).toContain('kept aside: 1 contract');
  });

  it('says what a page it could not read leaves wrong, in that page’s terms', () => {
    const history = emptyHistory();
    history.pages['job-list'] = {
      url: 'https://www.upwork.com/nx/search/jobs/?q=vue',
      at: NOW,
      missed: ['tiles'],
      failed: true,
    };
    history.pages.contracts = {
      url: 'https://www.upwork.com/nx/wm/contracts',
      at: NOW,
      missed: ['contracts'],
      failed: true,
    };
    const [list, contracts] = [...show(stateOf(history)).querySelectorAll('.notices .problem')].map(
      (p) => p.textContent ?? '',
    );
    expect(list).toContain('could not read a job list');
    expect(list).toContain('its job tiles may show no client badge');
    // Contracts were not what failed there: the job list's notice does not send the freelancer to correct them.
    expect(list).not.toContain('contracts');
    expect(list).toContain('this popup can copy a page report');
    expect(contracts).toContain(
      'your contracts here may be out of date; you can correct them in the options',
    );
  });

  it('offers to close each notice, and no longer shows one the user closed', () => {
    const history = typicalHistory();
    history.pages.contracts = {
      url: 'https://www.upwork.com/nx/wm/contracts',
      at: NOW,
      missed: ['contracts'],
      failed: true,
    };
    const problems = [
      { at: '2026-11-01T10:00:00.000Z', message: 'Closed before.', backupKey: 'backup:a', dismissed: true },
      { at: '2026-11-02T10:00:00.000Z', message: 'Still open.', backupKey: 'backup:b' },
    ];
    const closed: unknown[] = [];
    const root = document.createElement('div');
    render(<PopupView state={stateOf(history, problems)} now={NOW} dismiss={(n) => closed.push(n)} />, root);
    const text = root.querySelector('.notices')?.textContent ?? '';
    expect(text).not.toContain('Closed before.');
    expect(text).toContain('Still open.');
    const buttons = root.querySelectorAll<HTMLButtonElement>(
      '.notices button[aria-label="Dismiss this notice"]',
    );
    expect(buttons).toHaveLength(2);
    for (const button of buttons) button.click();
    expect(closed).toEqual([
      { kind: 'page', page: 'contracts' },
      { kind: 'problem', at: '2026-11-02T10:00:00.000Z' },
    ]);
    history.pages.contracts.dismissed = true;
    expect(show(stateOf(history)).querySelector('.notices')).toBeNull();
  });

  it('says how far the model was off the last time Upwork showed a score', () => {
    const history = typicalHistory();
    const last = history.jss.at(-1);
    if (last) last.projected = 92;
    expect(show(stateOf(history)).querySelector('.calibration')?.textContent).toBe(
      'Last time the model was off by 3 points (said 92%, Upwork showed 89%)',
    );
  });

  it('says how far the chosen rule set was off, and offers the other one when it has been closer', () => {
    const history = typicalHistory();
    history.jss = [
      {
        value: 94,
        badges: [],
        observedAt: '2026-07-15T08:00:00.000Z',
        projections: { current: 90, legacy: 93 },
      },
      {
        value: 89,
        badges: [],
        observedAt: '2026-11-18T08:00:00.000Z',
        projections: { current: 85, legacy: 90 },
      },
    ];
    const card = show(stateOf(history)).querySelector('.score-card');
    expect(card?.querySelector('.calibration')?.textContent).toBe(
      'Last time Upwork’s current rules were off by 4 points (said 85%, Upwork showed 89%)',
    );
    expect(card?.querySelector('.calibration-closer')?.textContent).toBe(
      'The legacy rules have been closer over your last 2 scores (1 point off on average, against 4). Switch in Settings',
    );
    expect(card?.querySelector('.calibration-closer a')?.getAttribute('href')).toBe('options.html#jss-rules');
    const legacy = show(
      stateOf({ ...history, settings: { ...history.settings, jssRules: 'legacy' } }),
    ).querySelector('.score-card');
    expect(legacy?.querySelector('.calibration')?.textContent).toBe(
      'Last time the legacy rules were off by 1 point (said 90%, Upwork showed 89%)',
    );
    expect(legacy?.querySelector('.calibration-closer')).toBeNull();
  });

  it('calls Top Rated safe only once it has seen the weeks the badge needs', () => {
    const standing = (scores: [number, string][]) => {
      const history = emptyHistory();
      history.jss = scores.map(([value, observedAt]) => ({ value, badges: ['Top Rated'], observedAt }));
      return show(stateOf(history)).querySelector('.standing')?.textContent;
    };
    // One score seen on Friday: Saturday's count has it, the 15 weeks before are unknown, not known to be fine.
    expect(standing([[98, '2026-11-20T08:00:00.000Z']])).toBe(
      'Top Rated: nothing against it so far — 1 of the last 16 weeks seen, at 90% or more; 13 are needed. The 15 weeks before JSS Guard first saw your score are not counted against you.',
    );
    // Seen on Sunday, after the last count.
    expect(standing([[98, '2026-11-22T08:00:00.000Z']])).toBe(
      'Top Rated: nothing against it so far — Upwork counts each week on its Saturday, and JSS Guard first saw your score after the last one; 13 of 16 weeks at 90% or more are needed.',
    );
    // Seen weekly for 20 weeks, always at 92%: now it knows.
    const weekly = Array.from({ length: 20 }, (_, week): [number, string] => [
      92,
      new Date(Date.parse(NOW) - week * 7 * 86_400_000).toISOString(),
    ]).reverse();
    expect(standing(weekly)).toBe(
      'Top Rated looks safe — 16 of the last 16 weeks at 90% or more; 13 are needed.',
    );
  });

  it('renders page text as text, never as markup', () => {
    const history = typicalHistory();
    const first = history.contracts['41000001'];
    if (first) first.title = '<img src=x onerror="window.hacked=1">';
    const root = show(stateOf(history));
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="window.hacked=1">');
  });
});
