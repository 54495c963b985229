import { endOfDay } from '../core/end-of-day';
import type { History } from '../core/schema/history';
import type { Warning } from '../core/warnings';
import { hoursAgo } from './format';

const sentence = (parts: string[]) => {
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

/**
 * The line at the top of the popup: what is still owed today (invitations, messages, feedback, quiet contracts), or
 * the all-clear for what JSS Guard has read, with when it last read the proposals page and the navigation.
 */
export function EndOfDay({
  history,
  warnings,
  now,
}: {
  history: History;
  warnings: readonly Warning[];
  now: string;
}) {
  const { left, clear, unseen } = endOfDay(history, warnings);
  const read = [
    history.invitations && `invitations read ${hoursAgo(history.invitations.readAt, now)}`,
    history.messages && `messages ${hoursAgo(history.messages.readAt, now)}`,
  ].filter(Boolean);
  return (
    <section class={`end-of-day ${left.length > 0 ? 'left' : 'clear'}`} aria-label="End of day">
      {left.length > 0 ? (
        <p class="end-of-day-line">
          <strong>Left for today:</strong> {left.join(' · ')}
        </p>
      ) : clear.length > 0 ? (
        <p class="end-of-day-line">
          <span aria-hidden="true">✓ </span>
          {sentence(clear)}
        </p>
      ) : null}
      {unseen.length > 0 && (
        <p class="end-of-day-meta">Not seen yet: {unseen.join(', ')}. Open them on Upwork once.</p>
      )}
      {read.length > 0 && <p class="end-of-day-meta">{sentence(read as string[])}</p>}
    </section>
  );
}
