// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { onMutations } from '../../src/content/observe';
import { mountHint } from '../../src/content/shadow';
import { addTileTip, BADGE_CSS, onFirstTipWanted, tileBadge } from '../../src/content/ui/tile-badge';
import { verdictPanel } from '../../src/content/ui/verdict-panel';

const HOSTILE = '<img src=x onerror="window.pwned=1">Acme</b>';

describe('inline hints', () => {
  it('show page text containing markup as text, and create no element from it', () => {
    const panel = verdictPanel('avoid', [
      { id: 'client-low-rating', level: 'avoid', text: `Client ${HOSTILE} is rated 2.1` },
    ]);
    expect(panel.querySelector('li')?.textContent).toBe(`Client ${HOSTILE} is rated 2.1`);
    expect(panel.querySelector('img, b')).toBeNull();
  });

  it('build a tile badge’s reasons when the freelancer first hovers or focuses it, and only once', () => {
    const anchor = document.createElement('a');
    document.body.append(anchor);
    const signal = new AbortController().signal;
    const badge = tileBadge('avoid');
    const host = mountHint(anchor, 'tile-badge', 'after', BADGE_CSS, badge, signal);
    let builds = 0;
    onFirstTipWanted(
      'tile-badge',
      (wanted, wantedHost) => {
        builds++;
        expect(wantedHost).toBe(host);
        addTileTip(wanted, {
          level: 'avoid',
          findings: [{ id: 'client-low-rating', level: 'avoid', text: 'Rated 2.9 of 5 by freelancers' }],
          missing: [],
        });
      },
      signal,
    );
    const tips = () => host.shadowRoot?.querySelectorAll('.tip') ?? [];
    expect(tips()).toHaveLength(0);
    badge.focus();
    badge.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    expect(builds).toBe(1);
    expect(tips()).toHaveLength(1);
    expect(tips()[0]?.textContent).toContain('Rated 2.9 of 5 by freelancers');
    expect(badge.getAttribute('aria-describedby')).toBe(tips()[0]?.id);
    expect(host.shadowRoot?.getElementById(badge.getAttribute('aria-describedby') ?? '')).toBe(tips()[0]);
  });

  it('replace a hint shown again at the same place instead of adding one, and go when the page moves on', () => {
    const box = document.createElement('div');
    document.body.append(box);
    const controller = new AbortController();
    mountHint(box, 'client-panel', 'prepend', '', verdictPanel('unknown', []), controller.signal);
    mountHint(box, 'client-panel', 'prepend', '', verdictPanel('fine', []), controller.signal);
    const hosts = box.querySelectorAll('[data-jss-guard="client-panel"]');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.shadowRoot?.textContent).toContain('Client looks fine');
    controller.abort();
    expect(box.querySelector('[data-jss-guard]')).toBeNull();
  });

  it('do not make a feature read the page again by going in, but come back when the page removes them', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    const signal = new AbortController().signal;
    let reads = 0;
    onMutations(box, () => reads++, { signal });
    const frame = () => new Promise((resolve) => setTimeout(resolve, 50));
    const host = mountHint(box, 'client-panel', 'prepend', '', verdictPanel('fine', []), signal);
    await frame();
    expect(reads).toBe(0);
    box.append(document.createElement('p')); // Upwork fills the box in
    await frame();
    expect(reads).toBe(1);
    host.remove(); // Upwork re-renders the box without our panel
    await frame();
    expect(reads).toBe(2);
  });
});
