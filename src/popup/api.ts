import type { Reply, State } from '../background/handler';
import type { Message } from '../core/messages';
import { ext } from '../ext';

/** Sends a message to the background and returns its state, or throws with the background's reason. */
export async function send(message: Message): Promise<State | undefined> {
  const reply = (await ext.runtime.sendMessage(message)) as Reply | undefined;
  if (!reply) throw new Error('JSS Guard’s background did not answer; reopen the popup.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.state;
}
