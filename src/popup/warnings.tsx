import { useState } from 'preact/hooks';
import type { Warning } from '../core/warnings';
import { ShowAll } from './show-all';

const SEVERITY_LABEL = { danger: 'Urgent', warn: 'Warning', info: 'Note' } as const;
const OPEN_LABEL: Record<Warning['subject']['kind'], string> = {
  contract: 'the contract',
  job: 'the job',
  invitation: 'the invitation',
  messages: 'your messages',
  client: 'it',
  score: 'it',
};

/**
 * How many warnings the popup shows until asked for all: the worst come first, and a large history can have
 * hundreds (a 6,000-contract one had 372, a popup 70,000 pixels long).
 */
export const FIRST_WARNINGS_SHOWN = 10;

/** The warnings, worst first, each with its figures, what to do, and a link to the page on Upwork. */
export function Warnings({
  warnings,
  knowsAnything,
}: {
  warnings: readonly Warning[];
  knowsAnything: boolean;
}) {
  const [showAll, setShowAll] = useState(false);
  if (warnings.length === 0) {
    return (
      <p class="all-clear">
        {knowsAnything
          ? 'Nothing threatens your Job Success Score right now.'
          : 'No warnings yet: JSS Guard has not seen your contracts or score.'}
      </p>
    );
  }
  const shown = showAll ? warnings : warnings.slice(0, FIRST_WARNINGS_SHOWN);
  return (
    <>
      <ul class="warnings">
        {shown.map((w) => (
          <li key={`${w.id}:${w.subject.id}`} class={`warning ${w.severity}`}>
            <p class="warning-title">
              <span class="severity">{SEVERITY_LABEL[w.severity]}</span> {w.title}
            </p>
            <p class="reason">{w.reason}</p>
            <p class="action">
              <strong>What to do:</strong> {w.action}
            </p>
            {w.subject.url && (
              <a class="open" href={w.subject.url} target="_blank" rel="noreferrer">
                Open {OPEN_LABEL[w.subject.kind]} on Upwork
              </a>
            )}
          </li>
        ))}
      </ul>
      <ShowAll
        total={warnings.length}
        first={FIRST_WARNINGS_SHOWN}
        noun="warnings"
        all={showAll}
        toggle={() => setShowAll(!showAll)}
      />
    </>
  );
}
