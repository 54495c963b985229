import { askFeedbackMessage, askFeedbackReason, isUnfunded } from '../core/rules/feedback';
import { daysQuiet } from '../core/time';
import { parseContract } from '../pages/contract';
import { mainContent } from '../pages/contracts';
import { isContract } from '../pages/detect';
import { type Feature, today } from './feature';
import { onMutations } from './observe';
import { settings } from './settings';
import { mountHint } from './shadow';
import { el } from './ui/el';
import { HINT_CSS, hint } from './ui/hint';

const MESSAGE_CSS = `${HINT_CSS}
.message { display: block; box-sizing: border-box; width: 100%; margin: 6px 0; padding: 6px 8px; font: inherit;
  color: inherit; background: transparent; border: 1px solid var(--edge); border-radius: 6px; resize: vertical; }
button { font: 600 12px/1.6 system-ui, sans-serif; border-radius: 12px; padding: 2px 12px; cursor: pointer;
  color: var(--mark); background: transparent; border: 1px solid var(--mark); }
button:focus-visible { outline: 2px solid var(--mark); outline-offset: 2px; }
.copied { margin-left: 8px; font-size: 12px; }
`;

/**
 * Copies the message, from the click itself (no permission needed for that); where the browser refuses, selects
 * it so the freelancer can copy it by hand. Nothing is ever sent.
 */
async function copy(text: string, box: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    box.focus();
    box.select();
    return document.execCommand('copy');
  }
}

/** The ask-for-feedback hint: why now, the message to send (editable once in the options), a copy button. */
function askFeedbackHint(lead: string, why: string, message: string): HTMLElement {
  // The text as the textarea's content (not only its value), so an unchanged hint compares equal and stays.
  const attributes = { class: 'message', rows: 4, readonly: 'readonly', 'aria-label': 'Message to copy' };
  const box = el('textarea', attributes, message);
  const status = el('span', { class: 'copied', role: 'status' });
  const button = el('button', { type: 'button' }, 'Copy message');
  button.addEventListener('click', () => {
    void copy(box.value, box).then((copied) => {
      status.textContent = copied
        ? 'Copied: paste it in your messages to the client.'
        : 'Selected: press Ctrl+C.';
    });
  });
  const note = hint(lead, why);
  note.append(box, button, status);
  return note;
}

/**
 * On a contract's page: when it is time to ask the client to end it with 5 stars (every milestone paid, or no hours
 * logged for 14 days), the message to copy; on a fixed-price contract with nothing in escrow, a warning to get it
 * funded first.
 */
export const contractFeedbackHints: Feature = {
  id: 'contract-feedback-hints',
  include: [isContract],
  init(signal) {
    if (!settings().showContractHints) return;
    const update = () => {
      const [contract] = parseContract(document, location.href).contracts;
      if (!contract) return;
      const s = settings();
      const main = mainContent(document);
      const reason = askFeedbackReason(contract, today(), s);
      if (reason) {
        const why =
          reason === 'all-paid'
            ? 'Every milestone is paid. '
            : `No hours logged for ${daysQuiet(contract, today())} days. `;
        mountHint(
          main,
          'ask-feedback',
          'prepend',
          MESSAGE_CSS,
          askFeedbackHint(
            'Time to ask the client to end the contract.',
            `${why}When the client ends it, Upwork asks them for feedback: a finished contract with 5 stars is what ` +
              'raises your Job Success Score. Copy this message (change it once for all in the options) and send ' +
              'it yourself:',
            askFeedbackMessage(contract, s),
          ),
          signal,
        );
      }
      if (isUnfunded(contract)) {
        mountHint(
          main,
          'unfunded',
          'prepend',
          HINT_CSS,
          hint(
            'No funded milestone.',
            'Ask the client to fund the next milestone before you start work on it: money in escrow is what ' +
              'protects fixed-price work, and a contract that ends with $0 counts against your score.',
            'danger',
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
https://www.upwork.com/nx/wm/contracts/42000001
https://www.upwork.com/nx/wm/workroom/42000001/overview
*/
