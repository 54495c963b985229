// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { RulesSwitch } from '../../src/options/rules-switch';
import { SettingsForm } from '../../src/options/settings-form';
import { formatShare, parseShare } from '../../src/options/share';

function form(settings: Settings = DEFAULT_SETTINGS) {
  const saved: Settings[] = [];
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() => {
    render(<SettingsForm settings={settings} save={async (s) => void saved.push(s)} />, root);
  });
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
  const help = (id: string) => root.querySelector(`#${id}-help`)?.textContent ?? '';
  const type = (id: string, value: string) =>
    act(() => {
      input(id).value = value;
      input(id).dispatchEvent(new Event('input', { bubbles: true }));
    });
  const submit = async () => {
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
  };
  return { root, input, help, type, submit, saved };
}

describe('shares as a freelancer types them', () => {
  it('shows a simple fraction as a fraction, anything else as a percent, never 0.3333…', () => {
    expect([1 / 3, 0.25, 2 / 3, 0.5, 0, 1, 0.275].map(formatShare)).toEqual([
      '1/3',
      '1/4',
      '2/3',
      '1/2',
      '0',
      '1',
      '27.5%',
    ]);
  });

  it('reads a fraction, a percent or a decimal, and refuses anything else', () => {
    expect(parseShare('1/3')).toBeCloseTo(1 / 3, 12);
    expect(parseShare(' 25 % ')).toBe(0.25);
    expect(parseShare('0.4')).toBe(0.4);
    for (const bad of ['', 'a third', '3/2', '120%', '33', '-1/3']) expect(parseShare(bad)).toBeNaN();
  });
});

describe('the options page’s model settings', () => {
  it('offers the two rule sets, current chosen by default', () => {
    const { root } = form();
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="jssRules"]')];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['current', true],
      ['legacy', false],
    ]);
    expect(radios[0]?.closest('label')?.textContent).toContain('since September 2024');
  });

  it('lists the new settings with their defaults and units', () => {
    const { input, help } = form();
    expect(input('noFeedbackShare').value).toBe('1/3');
    expect(help('noFeedbackShare')).toContain('default 1/3');
    expect(help('weightSmallUpTo')).toBe('US dollars · default $250');
    expect(help('weightMediumUpTo')).toBe('US dollars · default $1,000');
    expect(help('weightMedium')).toBe('jobs · default 1.25');
    expect(help('staleDays')).toContain('days since its last activity · default 90');
    expect(help('maxWeight')).toBe('jobs · default 8');
    expect(help('currentMinOutcomes')).toContain('default 2');
    expect(help('minClients')).toContain('different clients · default 2');
    expect(help('legacyMinOutcomes')).toContain('default 5');
  });

  it('saves the chosen rule set and a share typed as a percent', async () => {
    const f = form();
    act(() => {
      f.root.querySelector<HTMLInputElement>('input[value="legacy"]')?.click();
    });
    f.type('noFeedbackShare', '25%');
    await f.submit();
    expect(f.saved).toEqual([{ ...DEFAULT_SETTINGS, jssRules: 'legacy', noFeedbackShare: 0.25 }]);
  });

  it('refuses a share it cannot read, saving nothing', async () => {
    const f = form();
    f.type('noFeedbackShare', 'a third');
    await f.submit();
    expect(f.saved).toEqual([]);
    expect(f.help('noFeedbackShare')).toMatch(/· default 1\/3 · ./);
  });
});

describe('the switch to the rule set that has been closer', () => {
  const calibration = (closer: 'current' | 'legacy' | null) => ({
    rules: 'current' as const,
    observedAt: '2026-11-18T08:00:00.000Z',
    observed: 89,
    projected: 85,
    error: 4,
    earlierModel: false,
    compared: { observations: 3, meanError: { current: 4, legacy: 1.3 } },
    closer,
  });

  it('says which has been closer and switches in one click, keeping every other setting', async () => {
    const saved: Settings[] = [];
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const settings = { ...DEFAULT_SETTINGS, staleDays: 120 };
    act(() => {
      render(
        <RulesSwitch
          calibration={calibration('legacy')}
          settings={settings}
          save={async (s) => void saved.push(s)}
        />,
        root,
      );
    });
    expect(root.textContent).toContain(
      'The legacy rules have been closer to the score Upwork showed over your last 3 scores: 1.3 points off on average, against 4 for Upwork’s current rules.',
    );
    await act(async () => root.querySelector('button')?.click());
    expect(root.querySelector('button')?.textContent).toBe('Use the legacy rules');
    expect(saved).toEqual([{ ...settings, jssRules: 'legacy' }]);
  });

  it('shows nothing when neither has been closer', () => {
    const root = document.createElement('div');
    render(
      <RulesSwitch calibration={calibration(null)} settings={DEFAULT_SETTINGS} save={async () => {}} />,
      root,
    );
    expect(root.textContent).toBe('');
  });
});

describe('the settings form on the options page', () => {
  it('says it saved, and shows settings changed elsewhere, without losing that word', async () => {
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    let current: Settings = DEFAULT_SETTINGS;
    // As the options page has it: every save comes back as new settings from the background.
    const page = () => <SettingsForm settings={current} save={save} />;
    const save = async (s: Settings) => {
      current = { ...s };
      render(page(), root);
    };
    act(() => render(page(), root));
    const ratingInput = () =>
      root.querySelector<HTMLInputElement>('#clientRatingCareful') as HTMLInputElement;
    act(() => {
      ratingInput().value = '4.6';
      ratingInput().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      root.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(current.clientRatingCareful).toBe(4.6);
    expect(root.textContent).toContain('Saved.');
    // The rule set switched with one click elsewhere on the page: the form shows it.
    current = { ...current, jssRules: 'legacy' };
    act(() => render(page(), root));
    expect(root.querySelector<HTMLInputElement>('input[name="jssRules"][value="legacy"]')?.checked).toBe(
      true,
    );
    expect(ratingInput().value).toBe('4.6');
  });
});
