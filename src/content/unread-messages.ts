import type { Reply } from '../core/replies';
import { ext as browser } from '../ext';
import { messagesLink, readNavigation } from '../pages/navigation';
import type { Feature } from './feature';
import { onMutations } from './observe';

/** Upwork draws its navigation after the page: tries before giving up on this page. */
const RETRY_MS = [1500, 5000];

/**
 * Reads the unread-messages count in Upwork's navigation and reports it whenever it changes, so the popup can say
 * how long messages have waited. Sends nothing where the navigation has no Messages link (logged out).
 */
export const unreadMessages: Feature = {
  id: 'unread-messages',
  include: [() => true],
  init(signal) {
    let lastSent: number | null = null;
    const report = () => {
      const read = readNavigation(document, location.href);
      if (read.unreadMessages === null || read.unreadMessages === lastSent) return;
      lastSent = read.unreadMessages;
      void (browser.runtime.sendMessage({ type: 'navigation', read }) as Promise<Reply | undefined>).catch(
        () => {
          lastSent = null; // the worker was restarting: the next change sends again
        },
      );
    };
    const watch = (attempt: number) => {
      if (signal.aborted) return;
      const link = messagesLink(document);
      if (!link) {
        const wait = RETRY_MS[attempt];
        if (wait !== undefined) {
          const timer = setTimeout(() => watch(attempt + 1), wait);
          signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
        }
        return;
      }
      report();
      onMutations(link.closest('header, nav, [role="navigation"]') ?? link, report, { signal });
    };
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    idle(() => watch(0), { timeout: 2000 });
  },
};
