import type { Settings } from '../core/settings';

const money = (usd: number) => `$${usd.toLocaleString('en-US')}`;

/** "What the projection assumes": the model of docs/jss-model.md in short, with the user's own numbers. */
export function ModelNotes({ settings: s }: { settings: Settings }) {
  return (
    <>
      <p>
        Upwork does not publish how it computes your Job Success Score, and you cannot see private feedback.
        JSS Guard projects it with a documented model (version 2) and shows a range for what it cannot see.
      </p>
      <h3>What Upwork says</h3>
      <ul>
        <li>
          <strong>Current rules</strong> (Upwork’s help article “Job Success Score”, since the September 2024
          change): jobs of the last 24 months, updated daily; a first score after 2 eligible jobs with 2
          different clients; a job earning $1–250 counts as 1 job, $251–1,000 as 1.25, more as 1.5, and every
          3 months with a payment adds 1, up to 8.
        </li>
        <li>
          <strong>Older statements</strong> (2015 community post, 2020 job-size announcement, “Why did my Job
          Success Score change?”): score = (successful − negative) ÷ total outcomes; long-term contracts and
          repeat hires count for you; flagged clients are left out; $0 contracts with positive feedback are
          left out; jobs with no earnings count once “several months have passed since you received a
          payment”.
        </li>
        <li>
          <strong>Legacy rules</strong> (before September 2024): the best of 6, 12 and 24 months, about every
          two weeks, every contract once, a first score after about 5.
        </li>
      </ul>
      <h3>What JSS Guard assumes</h3>
      <ul>
        <li>
          Feedback under {s.negativeBelow.toFixed(1)} stars is negative, {s.successfulAtLeast.toFixed(1)} or
          more successful, between them neutral. An ended contract with no earnings is negative, unless its
          feedback is successful (then left out).
        </li>
        <li>
          An hourly contract paid over {s.longTermDays} days or more counts for you; an open contract quiet
          for more than {s.staleDays} days counts as ended on its last activity.
        </li>
        <li>
          Weights: up to {money(s.weightSmallUpTo)} is {s.weightSmall} job, up to {money(s.weightMediumUpTo)}{' '}
          {s.weightMedium}, more {s.weightLarge}; one more per {s.weightPeriodDays} days of paid length, at
          most {s.maxWeight}.
        </li>
        <li>
          Bad feedback from a client who rates everyone low, or whom freelancers rate under{' '}
          {s.flaggedClientRating.toFixed(1)}, is left out.
        </li>
        <li>
          The range: at the low end, neutral counts as negative and a success resting on public feedback under
          5.0 as neutral; at the high end, neutral counts as successful and $0 contracts are left out.
        </li>
        <li>
          Legacy only: contracts without feedback beyond a share of the ended ones count as neutral; updates
          every {s.legacyUpdateDays} days from the last change seen.
        </li>
      </ul>
      <p>
        Every number is a setting above. The whole model, its sources and examples are in the project’s
        docs/jss-model.md.
      </p>
    </>
  );
}
