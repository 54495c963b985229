import browser from 'webextension-polyfill';
import type { VerdictLevel } from '../core/schema/common';
import type { Severity, Warning } from '../core/warnings';

const COLOR: Record<Severity, string> = { danger: '#b3261e', warn: '#c77700', info: '#4a5560' };

/** The toolbar badge: how many warnings need action, coloured by the worst; its title lists them. */
export async function showWarningCount(warnings: Warning[]): Promise<void> {
  const due = warnings.filter((w) => w.needsAction);
  const worst = due[0]?.severity ?? 'info';
  await browser.action.setBadgeText({ text: due.length > 0 ? String(due.length) : '' });
  await browser.action.setBadgeBackgroundColor({ color: COLOR[worst] });
  await browser.action.setTitle({
    title:
      due.length > 0
        ? ['JSS Guard', ...due.map((w) => `• ${w.title}`)].join('\n')
        : 'JSS Guard: nothing needs action',
  });
}

/** On a job page, the tab's own badge shows the verdict on its client until the tab moves on. */
export async function showTabVerdict(tabId: number, level: VerdictLevel | null): Promise<void> {
  const risky = level === 'avoid' || level === 'careful';
  await browser.action.setBadgeText({ tabId, text: risky ? '!' : null });
  if (risky)
    await browser.action.setBadgeBackgroundColor({
      tabId,
      color: level === 'avoid' ? COLOR.danger : COLOR.warn,
    });
  await browser.action.setTitle({
    tabId,
    title: risky ? `JSS Guard: ${level === 'avoid' ? 'risky client' : 'be careful with this client'}` : null,
  });
}
