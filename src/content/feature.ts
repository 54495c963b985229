import { isoDay } from '../core/time';

/** The shape of an inline feature: one short module, registered with the pages it runs on. */
export interface Feature {
  /** Names the feature in logs and in the host element's `data-jss-guard` attribute. */
  id: string;
  /** Runs where any of these match the current URL. */
  include: ((url: URL) => boolean)[];
  /**
   * Sets the feature up for the current page. When the single-page app navigates away, `signal` aborts:
   * everything the feature set up must go with it (observers, listeners, rendered hints).
   */
  init: (signal: AbortSignal) => void | Promise<void>;
}

/** Today's date, `YYYY-MM-DD` in UTC: the core's rules take the date as an argument, features read the clock. */
export const today = (): string => isoDay(new Date().toISOString());
