import { askFeedbackReason } from '../core/rules/feedback';
import { daysQuiet } from '../core/time';
import { endContractButton, parseContract } from '../pages/contract';
import { mainContent } from '../pages/contracts';
import { isContract } from '../pages/detect';
import { type Feature, today } from './feature';
import { onMutations } from './observe';
import { settings } from './settings';
import { mountHint } from './shadow';
import { HINT_CSS, hint } from './ui/hint';

/**
 * On a contract's page: beside "End contract", why to let the client end it; on an open contract gone quiet, a
 * banner with the days and what to do.
 */
export const contractHints: Feature = {
  id: 'contract-hints',
  include: [isContract],
  init(signal) {
    if (!settings().showContractHints) return;
    const update = () => {
      const button = endContractButton(document);
      if (button) {
        mountHint(
          button,
          'end-contract',
          'after',
          HINT_CSS,
          hint(
            'Ask the client to end it.',
            'When the client ends a contract, Upwork asks them for feedback; a contract you end yourself often ' +
              'gets none, and a finished contract without feedback does nothing for your Job Success Score.',
          ),
          signal,
        );
      }
      const [contract] = parseContract(document, location.href).contracts;
      const idle = contract?.status === 'active' ? daysQuiet(contract, today()) : null;
      // Where it is time to ask the client to end it, that hint (contract-feedback-hints.ts) says it, with a message.
      const asking = contract ? askFeedbackReason(contract, today(), settings()) !== null : false;
      if (idle !== null && idle >= settings().inactiveDays && !asking) {
        const main = mainContent(document);
        mountHint(
          main,
          'inactive-contract',
          'prepend',
          HINT_CSS,
          hint(
            `No activity for ${idle} days.`,
            `${
              contract?.earnings === 0
                ? 'This contract has earned nothing yet; if it ends with $0 it counts against your Job Success Score.'
                : 'Upwork pauses hourly contracts after 30 days without activity.'
            } Ask the client to close it and leave feedback, or get the work moving again.`,
            contract?.earnings === 0 ? 'danger' : 'warn',
          ),
          signal,
        );
      }
    };
    update();
    onMutations(mainContent(document), update, { signal });
  },
};

/*
Sample URLs:
https://www.upwork.com/nx/wm/contracts/38123456
https://www.upwork.com/nx/wm/workroom/38123456/overview
*/
