import type { Message } from '../core/messages';
import type { Reply, State } from '../core/replies';
import { escapeStoredKeys, unescapeStoredKeys } from '../core/stored-keys';
import { ext } from '../ext';

/** Sends a message to the background and returns its state, or throws with the background's reason. */
export async function send(message: Message): Promise<State | undefined> {
  // Keys escaped both ways, as storage has them: Firefox's messaging drops some (core/stored-keys.ts).
  const reply = unescapeStoredKeys(await ext.runtime.sendMessage(escapeStoredKeys(message))) as
    | Reply
    | undefined;
  if (!reply) throw new Error('JSS Guard’s background did not answer; reopen the popup.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.state;
}
