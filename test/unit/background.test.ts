import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage, type Sender } from '../../src/background/handler';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { HISTORY_KEY } from '../../src/core/storage-keys';
import { JOB_URL, jobParse } from '../helpers/job-parse';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const contentScript: Sender = { id: EXTENSION, url: JOB_URL, tab: { id: 7 } };
const popup: Sender = { id: EXTENSION, url: `${ORIGIN}popup.html` };

const jobResult = (id: string, rating: number | null) => jobParse(id, { rating });

function setup(initial: Record<string, unknown> = {}) {
  const area = memoryStorage(initial);
  let tick = 0;
  const store = new Store(area, () => new Date(Date.UTC(2026, 10, 25, 12, 0, tick++)).toISOString());
  const ctx: HandlerContext = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
  return { area, store, ctx };
}

describe('background messages', () => {
  it('stores a job page observation from the content script and returns it to the popup', async () => {
    const { ctx } = setup();
    expect(
      await handleMessage(
        { type: 'observation', result: jobResult('~021990000000000000001', 2.86) },
        contentScript,
        ctx,
      ),
    ).toEqual({ ok: true });
    const reply = await handleMessage({ type: 'get-state' }, popup, ctx);
    if (!reply.ok || !reply.state) throw new Error('no state');
    expect(reply.state.history.jobs.map((j) => j.id)).toEqual(['~021990000000000000001']);
    expect(Object.values(reply.state.history.clients)[0]?.rating).toBe(2.86);
  });

  it('refuses messages from another extension, from a page not on upwork.com, or of the wrong shape', async () => {
    const { ctx, area } = setup();
    const message = { type: 'observation', result: jobResult('~021990000000000000001', 4.5) };
    expect(await handleMessage(message, { ...contentScript, id: 'another-extension' }, ctx)).toMatchObject({
      ok: false,
    });
    expect(
      await handleMessage(message, { ...contentScript, url: 'https://evil.example/jobs/' }, ctx),
    ).toMatchObject({ ok: false });
    expect(await handleMessage(message, popup, ctx)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'delete-all' }, contentScript, ctx)).toMatchObject({ ok: false });
    const bad = await handleMessage(
      { type: 'observation', result: { ...message.result, client: { rating: 'five' } } },
      contentScript,
      ctx,
    );
    expect(bad).toMatchObject({ ok: false, error: expect.stringContaining('result') });
    expect(area.data[HISTORY_KEY]).toBeUndefined();
  });

  it('keeps every observation when many arrive at once', async () => {
    const { ctx, store } = setup();
    const ids = Array.from({ length: 50 }, (_, i) => `~0219900000000000${String(i).padStart(5, '0')}`);
    const replies = await Promise.all(
      ids.map((id) => handleMessage({ type: 'observation', result: jobResult(id, 4.8) }, contentScript, ctx)),
    );
    expect(replies.every((r) => r.ok)).toBe(true);
    expect((await store.read()).jobs).toHaveLength(50);
  });

  it('keeps stored data that does not validate aside and reports it, instead of dropping it', async () => {
    const corrupt = { schemaVersion: 1, contracts: 'oops' };
    const { ctx, area } = setup({ [HISTORY_KEY]: corrupt });
    const reply = await handleMessage({ type: 'get-state' }, popup, ctx);
    if (!reply.ok || !reply.state) throw new Error('no state');
    expect(reply.state.problems).toHaveLength(1);
    const backupKey = reply.state.problems[0]?.backupKey ?? '';
    // Only what failed is kept aside, not a copy of everything that was kept.
    expect(area.data[backupKey]).toEqual({ contracts: 'oops' });
    expect(reply.state.history.jobs).toEqual([]);
  });

  it('takes the unread-messages count from a content script on Upwork only, and shows it in the state', async () => {
    const { ctx, area } = setup();
    const message = { type: 'navigation', read: { url: JOB_URL, unreadMessages: 3, missed: [] } };
    expect(await handleMessage(message, popup, ctx)).toMatchObject({ ok: false });
    expect(
      await handleMessage(message, { ...contentScript, url: 'https://evil.example/ab/messages/' }, ctx),
    ).toMatchObject({ ok: false });
    expect(
      await handleMessage({ ...message, read: { ...message.read, unreadMessages: -1 } }, contentScript, ctx),
    ).toMatchObject({ ok: false });
    expect(area.data[HISTORY_KEY]).toBeUndefined();
    expect(await handleMessage(message, contentScript, ctx)).toEqual({ ok: true });
    const reply = await handleMessage({ type: 'get-state' }, popup, ctx);
    if (!reply.ok || !reply.state) throw new Error('no state');
    expect(reply.state.history.messages).toMatchObject({ unread: 3 });
  });

  it('does not write the history again for a read that changes nothing', async () => {
    const { ctx, area } = setup();
    const message = { type: 'navigation', read: { url: JOB_URL, unreadMessages: 1, missed: [] } };
    await handleMessage(message, contentScript, ctx);
    const written = area.data[HISTORY_KEY];
    await handleMessage(message, contentScript, ctx);
    expect(area.data[HISTORY_KEY]).toBe(written);
  });
});
