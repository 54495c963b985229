import type { State, StoreProblem } from '../core/replies';
import type { History } from '../core/schema/history';
import { stateSteps } from '../core/state';
import { runAtOnce } from '../core/steps';
import { runInTurns } from './turns';

type Made = Omit<State, 'problems'>;

/**
 * The state made from each history, or being made: the snapshot saved after a change, the reply to it and the
 * toolbar badge ask for the same one (50,000 contracts take a fifth of a second to project and warn about).
 */
const made = new WeakMap<History, { now: string; state: Promise<Made>; done: Made | null }>();

/** Everything the popup and options page show, made from the history at `now`, at once. */
export function stateOf(history: History, now: string, problems: StoreProblem[] = []): State {
  const known = made.get(history);
  if (known?.now === now && known.done) return { ...known.done, problems };
  const state = runAtOnce(stateSteps(history, now));
  made.set(history, { now, state: Promise.resolve(state), done: state });
  return { ...state, problems };
}

/** The same state, made in turns that let messages in between them (turns.ts): never one long block. */
export function stateInTurns(history: History, now: string): Promise<Made> {
  const known = made.get(history);
  if (known?.now === now) return known.state;
  const state = runInTurns(stateSteps(history, now));
  const entry = { now, state, done: null as Made | null };
  state.then(
    (done) => {
      entry.done = done;
    },
    () => made.delete(history),
  );
  made.set(history, entry);
  return entry.state;
}
