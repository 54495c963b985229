import { isolate } from '../bidi';
import type { WarningId } from '../schema/common';
import type { History } from '../schema/history';
import type { Settings } from '../settings';
import { daysBetween } from '../time';
import type { Warning } from '../warnings';
import { screenClient } from './client';

const RECENT_DAYS = 14;

/** Words for a verdict's reasons when the client's figures were not kept. */
const REASON_WORDS: Partial<Record<WarningId, string>> = {
  'client-low-rating': 'Low rating from freelancers',
  'client-no-reviews': 'No reviews yet',
  'client-payment-unverified': 'Payment method not verified',
  'client-harsh-feedback': 'Gives freelancers harsh feedback',
  'client-low-hire-rate': 'Rarely hires',
};

/** Jobs seen in the last two weeks whose client should be avoided: a reminder before sending a proposal. */
export function clientWarnings(history: History, now: string, settings: Settings): Warning[] {
  const warnings: Warning[] = [];
  for (const job of history.jobs) {
    if (daysBetween(job.seenAt, now) > RECENT_DAYS || job.verdict.level !== 'avoid') continue;
    const client = job.clientKey ? history.clients[job.clientKey] : undefined;
    const findings = client ? screenClient(client, client.ratingsGiven, settings).findings : [];
    const worst = findings.find((f) => f.level === 'avoid') ?? findings[0];
    warnings.push({
      id: worst?.id ?? job.verdict.reasons[0] ?? 'client-low-rating',
      severity: 'warn',
      subject: { kind: 'job', id: job.id, name: job.title, url: job.url },
      title: `Risky client: ${job.title ? isolate(job.title) : 'a job you viewed'}`,
      reason:
        findings.map((f) => f.text).join('; ') ||
        job.verdict.reasons.map((id) => REASON_WORDS[id] ?? id).join('; '),
      action: 'Think twice before applying: this client is likely to leave low feedback.',
      needsAction: false,
    });
  }
  return warnings;
}
