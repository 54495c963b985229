import { INVITATION_REPLY_HOURS, invitationWait } from '../core/rules/inbox';
import type { Invitation } from '../core/schema/habits';
import type { Settings } from '../core/settings';
import { formatHours } from '../core/time';
import { mainContent } from '../pages/contracts';
import { isProposals } from '../pages/detect';
import { readInvitations } from '../pages/proposals';
import { systemClock } from '../pages/received-time';
import type { Feature } from './feature';
import { onMutations } from './observe';
import { settings } from './settings';
import { mountHint } from './shadow';
import { HINT_CSS, marker } from './ui/hint';

/** How often the hours shown are counted again while the page stays open. */
const TICK_MS = 60_000;

/** Made when first used: a date format costs some 10 ms to make, which every Upwork page paid while it loaded. */
let dayFormat: Intl.DateTimeFormat | undefined;
/** The day as the freelancer's own calendar has it (the page showed it in their zone). */
const localDay = (iso: string) => {
  dayFormat ??= new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  return dayFormat.format(new Date(iso));
};

/** The words beside one invitation: how long it has waited and how long is left of the 24 hours. */
export function waitText(
  invitation: Invitation,
  now: string,
  s: Settings,
): { text: string; tone: 'info' | 'warn' | 'danger' } | null {
  if (!invitation.receivedAt) return null;
  const wait = invitationWait(invitation.receivedAt, now, s);
  const tone = wait.severity ?? 'info';
  if (invitation.precision === 'day') {
    return {
      text: `Received ${localDay(invitation.receivedAt)} (no time shown): reply today — declining counts as a reply`,
      tone,
    };
  }
  const waited = `Waiting ${formatHours(wait.hoursWaited)}`;
  return wait.hoursLeft > 0
    ? { text: `${waited} · ${formatHours(wait.hoursLeft)} left of ${INVITATION_REPLY_HOURS} to reply`, tone }
    : { text: `${waited} · past ${INVITATION_REPLY_HOURS} hours: accept or decline now`, tone };
}

/** On the proposals page, beside each invitation to interview: how long it has waited, how long is left of 24 h. */
export const invitationHints: Feature = {
  id: 'invitation-hints',
  include: [isProposals],
  init(signal) {
    if (!settings().showInvitationHints) return;
    const update = () => {
      const clock = systemClock();
      const found = readInvitations(document, location.href, clock);
      for (const { invitation, link } of found?.rows ?? []) {
        const shown = waitText(invitation, clock.now, settings());
        if (shown)
          mountHint(link, 'invitation-wait', 'after', HINT_CSS, marker(shown.text, shown.tone), signal);
      }
    };
    update();
    onMutations(mainContent(document), update, { signal });
    const timer = setInterval(update, TICK_MS);
    signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  },
};

/*
Sample URLs:
https://www.upwork.com/nx/proposals/
https://www.upwork.com/nx/proposals/active
*/
