import { daysBetween, daysQuiet } from '../core/time';
import { readContractFields } from '../pages/contract-fields';
import { contractRows, mainContent } from '../pages/contracts';
import { isContracts } from '../pages/detect';
import { type Feature, today } from './feature';
import { onMutations } from './observe';
import { settings } from './settings';
import { mountHint } from './shadow';
import { HINT_CSS, marker } from './ui/hint';

/** On the contracts list, a marker under each open contract at risk: quiet for too long, or nothing earned. */
export const contractsListMarkers: Feature = {
  id: 'contracts-list-markers',
  include: [isContracts],
  init(signal) {
    if (!settings().showContractHints) return;
    const update = () => {
      const day = today();
      for (const { row, link } of contractRows(document)) {
        const { fields } = readContractFields(row, link);
        if (fields.status !== 'active') continue;
        const idle = daysQuiet(fields, day);
        const age = fields.startedAt ? daysBetween(fields.startedAt, day) : null;
        const s = settings();
        const text =
          idle !== null && idle >= s.inactiveDays
            ? `No activity for ${idle} days${fields.earnings === 0 ? ', $0 earned' : ''}: ask the client to close it with feedback`
            : fields.earnings === 0 && age !== null && age >= s.noEarningsDays
              ? `$0 earned after ${age} days: get a milestone paid`
              : null;
        if (text) {
          mountHint(link, 'contract-at-risk', 'after', HINT_CSS, marker(text), signal);
        }
      }
    };
    update();
    onMutations(mainContent(document), update, { signal });
  },
};

/*
Sample URLs:
https://www.upwork.com/nx/wm/contracts/?status=active
https://www.upwork.com/nx/wm/contracts
*/
