// Hostile pages and damaged storage (security.md, "Hostile input, second round", cases 2 and 6): keys that fit,
// backups that stay few, settings salvaged one by one, notices that can be closed.
import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage, type Sender } from '../../src/background/handler';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { MAX_BACKUPS } from '../../src/background/store-problems';
import type { Reply } from '../../src/core/replies';
import { History } from '../../src/core/schema/history';
import { HISTORY_KEY } from '../../src/core/storage-keys';
import { storedHistory, typicalHistory } from '../helpers/histories';
import { JOB_URL, jobParse } from '../helpers/job-parse';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const popup: Sender = { id: EXTENSION, url: `${ORIGIN}popup.html` };
const tab: Sender = { id: EXTENSION, url: JOB_URL, tab: { id: 3 } };

let clock = 0;
function worker(area: ReturnType<typeof memoryStorage>) {
  const store = new Store(area, () => new Date(Date.UTC(2026, 10, 25, 12, 0, 0, clock++)).toISOString());
  const ctx: HandlerContext = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
  return (message: unknown, sender = popup) => handleMessage(message, sender, ctx);
}
const stateOf = (reply: Reply) => {
  if (!reply.ok || !reply.state) throw new Error(reply.ok ? 'no state' : reply.error);
  return reply.state;
};
const backupKeys = (area: ReturnType<typeof memoryStorage>) =>
  Object.keys(area.data).filter((k) => k.startsWith('backup:'));

const jobPage = (city: string, country = 'United States') =>
  jobParse('~021990000000000000001', { rating: 4.9, city, country });

describe('a client location of any length', () => {
  it('keeps the job and its client across a worker restart, with nothing kept aside', async () => {
    const area = memoryStorage();
    const city = 'Springfield '.repeat(40).slice(0, 480);
    expect(
      await worker(area)({ type: 'observation', result: jobPage(city, 'Narnia '.repeat(70)) }, tab),
    ).toEqual({
      ok: true,
    });
    expect(History.safeParse(storedHistory(area.data)).success).toBe(true);
    const state = stateOf(await worker(area)({ type: 'get-state' }));
    expect(state.problems).toEqual([]);
    expect(backupKeys(area)).toEqual([]);
    const [job] = state.history.jobs;
    expect(job?.clientKey && state.history.clients[job.clientKey]?.city).toBe(city);
  });

  it('tells apart two clients whose long cities differ only at the end', async () => {
    const area = memoryStorage();
    const send = worker(area);
    const base = 'x'.repeat(450);
    await send({ type: 'observation', result: jobPage(`${base}A`) }, tab);
    await send(
      {
        type: 'observation',
        result: { ...jobPage(`${base}B`), job: { id: '~021990000000000000002', title: 'B' } },
      },
      tab,
    );
    expect(Object.keys(stateOf(await send({ type: 'get-state' })).history.clients)).toHaveLength(2);
  });

  it('keeps a client an older version stored under a key too long, under the key it has today', async () => {
    const area = memoryStorage();
    await worker(area)({ type: 'observation', result: jobPage('Austin') }, tab);
    const stored = structuredClone(area.data[HISTORY_KEY]) as History;
    const longKey = `2019-03-03|United States|${'Austin'.repeat(80)}`;
    stored.clients = {
      [longKey]: { ...Object.values(stored.clients)[0], city: 'Austin'.repeat(80) },
    } as never;
    stored.jobs = stored.jobs.map((j) => ({ ...j, clientKey: longKey }));
    area.data[HISTORY_KEY] = stored;
    const state = stateOf(await worker(area)({ type: 'get-state' }));
    expect(state.problems).toEqual([]);
    const [job] = state.history.jobs;
    expect(job?.clientKey?.length).toBeLessThanOrEqual(300);
    expect(job?.clientKey && state.history.clients[job.clientKey]?.city).toBe('Austin'.repeat(80));
  });
});

describe('damaged storage', () => {
  const damaged = () => {
    const history = typicalHistory();
    return JSON.parse(
      JSON.stringify({
        ...history,
        contracts: { ...history.contracts, broken: { id: 'broken', earnings: 'lots' } },
        settings: { ...history.settings, clientRatingAvoid: 2.5, inactiveDays: -3 },
      }),
    );
  };

  it('resets only the setting that does not validate', async () => {
    const state = stateOf(await worker(memoryStorage({ [HISTORY_KEY]: damaged() }))({ type: 'get-state' }));
    expect(state.history.settings.clientRatingAvoid).toBe(2.5);
    expect(state.history.settings.inactiveDays).toBe(30);
    expect(state.problems[0]?.message).toContain('the setting inactiveDays (reset to its default, 30)');
  });

  it(`keeps at most ${MAX_BACKUPS} backups, the newest, each listed with its problem`, async () => {
    const area = memoryStorage();
    for (let i = 0; i < MAX_BACKUPS + 3; i++) {
      area.data[HISTORY_KEY] = damaged();
      await worker(area)({ type: 'get-state' });
    }
    const { problems } = stateOf(await worker(area)({ type: 'get-state' }));
    expect(backupKeys(area)).toHaveLength(MAX_BACKUPS);
    expect(problems.map((p) => p.backupKey).sort()).toEqual(backupKeys(area).sort());
  });

  it('downloads and deletes a backup; its notice goes with it', async () => {
    const area = memoryStorage({ [HISTORY_KEY]: damaged() });
    const send = worker(area);
    const [problem] = stateOf(await send({ type: 'get-state' })).problems;
    const key = problem?.backupKey ?? '';
    expect(await send({ type: 'get-backup', key })).toMatchObject({
      ok: true,
      backup: { settings: { inactiveDays: -3 } },
    });
    expect(stateOf(await send({ type: 'delete-backup', key })).problems).toEqual([]);
    expect(backupKeys(area)).toEqual([]);
    expect(await send({ type: 'get-backup', key: 'history' })).toMatchObject({ ok: false });
  });

  it('closes a notice when the user dismisses it, and a page notice when the page reads again', async () => {
    const area = memoryStorage({ [HISTORY_KEY]: damaged() });
    const send = worker(area);
    const [problem] = stateOf(await send({ type: 'get-state' })).problems;
    const after = stateOf(
      await send({ type: 'dismiss-notice', notice: { kind: 'problem', at: problem?.at } }),
    );
    expect(after.problems[0]).toMatchObject({ dismissed: true, backupKey: problem?.backupKey });

    const broken = { ...jobPage('Austin'), missed: ['client'] };
    await send({ type: 'observation', result: broken }, tab);
    const dismissed = stateOf(await send({ type: 'dismiss-notice', notice: { kind: 'page', page: 'job' } }));
    expect(dismissed.history.pages.job).toMatchObject({ failed: true, dismissed: true });
    await send({ type: 'observation', result: jobPage('Austin') }, tab);
    expect(stateOf(await send({ type: 'get-state' })).history.pages.job).toMatchObject({ failed: false });
  });
});
