// @vitest-environment jsdom
// Page text shown by the popup and the options page (security.md, "Hostile input, second round", case 7):
// bidirectional controls are isolated, and 10,000 contracts are listed a page at a time.
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { stateOf } from '../../src/background/state';
import type { StoredContract } from '../../src/core/schema/history';
import { ContractsEditor } from '../../src/options/contracts-editor';
import { PopupView } from '../../src/popup/popup-view';
import { NOW, typicalHistory } from '../helpers/histories';

const RLO = '\u202E';

function show(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

describe('page text with bidirectional controls', () => {
  it('is isolated in the popup: titles in <bdi>, names in sentences between isolates', () => {
    const history = typicalHistory();
    const first = history.contracts['41000001'];
    if (!first) throw new Error('fixture changed');
    first.title = `${RLO}Landing page`;
    first.clientName = `${RLO}Northwind`;
    const root = show(<PopupView state={stateOf(history, NOW)} now={NOW} />);
    const link = [...root.querySelectorAll('.contracts a')].find((a) =>
      a.textContent?.includes('Landing page'),
    );
    expect(link?.querySelector('bdi')?.textContent).toBe(`${RLO}Landing page`);
    // Every piece of page text holding the override is closed off from what follows it: in a <bdi> of its own, or
    // between isolates where our sentences quote it.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const holders: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!text.includes(RLO)) continue;
      holders.push(text);
      if (node.parentElement?.closest('bdi')) continue;
      for (const at of [...text.matchAll(new RegExp(RLO, 'g'))].map((m) => m.index ?? 0)) {
        expect(text.lastIndexOf('\u2068', at)).toBeGreaterThan(text.lastIndexOf('\u2069', at));
      }
    }
    expect(holders.length).toBeGreaterThanOrEqual(3);
    expect(root.textContent).toContain(`\u2068${RLO}Northwind\u2069`);
  });
});

describe('the options page’s contract list', () => {
  const contracts: StoredContract[] = Array.from({ length: 10_000 }, (_, i) => ({
    id: String(70_000_000 + i),
    title: `Contract number ${i}`,
    clientId: null,
    clientName: null,
    kind: 'fixed',
    status: 'ended',
    startedAt: '2026-01-01',
    endedAt: '2026-02-01',
    lastActivityAt: null,
    earnings: 100,
    feedbackReceived: 5,
    feedbackGiven: null,
    endedBy: 'client',
    firstSeenAt: NOW,
    lastSeenAt: NOW,
    userFields: [],
  }));

  it('lists 10,000 contracts 50 at a time, finds one by title or id, and shows more on request', () => {
    const root = show(<ContractsEditor contracts={contracts} save={async () => null} />);
    const items = () => root.querySelectorAll('.pick li');
    expect(items()).toHaveLength(50);
    expect(root.textContent).toContain('10000 contracts');
    const more = [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Show 50 more'));
    expect(more?.textContent).toBe('Show 50 more (9950 not shown)');
    more?.click();
    return Promise.resolve().then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(items()).toHaveLength(100);
      const search = root.querySelector('input[type="search"]') as HTMLInputElement;
      search.value = '70009999';
      search.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect([...items()].map((li) => li.textContent)).toEqual(['Contract number 9999']);
    });
  });
});
