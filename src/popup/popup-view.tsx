import type { Notice } from '../core/messages';
import type { State } from '../core/replies';
import { topRatedStanding } from '../core/top-rated';
import { CompletenessLine } from './completeness-line';
import { Contracts } from './contracts';
import { EndOfDay } from './end-of-day';
import { JssChart } from './jss-chart';
import { LikedClients } from './liked-clients';
import { Notices } from './notices';
import { RecentClients } from './recent-clients';
import { ScoreCard } from './score-card';
import { ThisPage, unreadKindAt } from './this-page';
import type { RequestPageReport } from './unread-page';
import { Warnings } from './warnings';

export type PopupState = State & {
  /** Set while the popup shows the snapshot, which holds only what the first view lists (popup-snapshot.ts). */
  partial?: { contractCount: number };
};

/** The whole popup for a given state; pure, so each state can be rendered and checked without a browser. */
export function PopupView({
  state,
  now,
  activeUrl = null,
  dismiss,
  requestPageReport,
}: {
  state: PopupState;
  now: string;
  activeUrl?: string | null;
  /** Closes a notice; without it notices have no close button. */
  dismiss?: (notice: Notice) => void;
  /** Asks the active tab for its page report; absent where there is no tab to ask. */
  requestPageReport?: RequestPageReport;
}) {
  const { history, warnings, problems, projection, partial } = state;
  const line = history.settings.topRatedLine;
  const latest = history.jss.findLast((o) => o.value !== null);
  const standing = topRatedStanding(history.jss, now, line);
  const contracts = Object.values(history.contracts);
  return (
    <main>
      <header class="top">
        <h1>JSS Guard</h1>
        <a class="settings" href="options.html" target="_blank" rel="noreferrer">
          Settings
        </a>
      </header>
      <EndOfDay history={history} warnings={warnings} now={now} />
      <Notices
        problems={problems}
        pages={history.pages}
        dismiss={dismiss}
        shownHere={unreadKindAt(activeUrl, history.pages)}
      />
      <ThisPage
        url={activeUrl}
        history={history}
        now={now}
        partial={partial !== undefined}
        requestReport={requestPageReport}
      />
      <ScoreCard latest={latest} projection={projection} standing={standing} settings={history.settings} />
      {!latest && (
        <p class="empty">
          Open your Upwork profile or My Stats once so JSS Guard can see your Job Success Score.
        </p>
      )}
      <JssChart
        observations={history.jss}
        projected={projection?.projected ?? null}
        projectedAt={projection?.nextUpdate ?? null}
        topRatedLine={line}
      />
      <section aria-labelledby="warnings-title">
        <h2 id="warnings-title">Needs your attention{warnings.length > 0 ? ` (${warnings.length})` : ''}</h2>
        <Warnings warnings={warnings} knowsAnything={contracts.length > 0 || latest !== undefined} />
      </section>
      <section aria-labelledby="contracts-title">
        <h2 id="contracts-title">Your contracts</h2>
        <CompletenessLine completeness={state.completeness} />
        <Contracts
          contracts={contracts}
          total={partial?.contractCount ?? contracts.length}
          outcomes={projection?.outcomes}
          settings={history.settings}
          now={now}
        />
      </section>
      <LikedClients clients={state.likedClients} />
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">Clients seen recently</h2>
        <RecentClients history={history} />
      </section>
      <footer>Everything JSS Guard knows stays on this computer.</footer>
    </main>
  );
}
