import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage } from '../../src/background/handler';
import { popupSnapshotItems } from '../../src/background/popup-snapshot';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import type { Reply } from '../../src/core/replies';
import { SCHEMA_VERSION } from '../../src/core/schema/history';
import { DEFAULT_SETTINGS, settingsFrom } from '../../src/core/settings';
import { HISTORY_KEY } from '../../src/core/storage-keys';
import { typicalHistory } from '../helpers/histories';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const options = { id: EXTENSION, url: `${ORIGIN}options.html` };

function setup(data: Record<string, unknown> = {}) {
  const area = memoryStorage(data);
  const store = new Store(area, () => '2026-11-25T12:00:00.000Z', popupSnapshotItems);
  const ctx: HandlerContext = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
  return { area, send: (message: unknown) => handleMessage(message, options, ctx) };
}
const settingsOf = (reply: Reply) => {
  if (!reply.ok || !reply.state) throw new Error(reply.ok ? 'no state' : reply.error);
  return reply.state.history.settings;
};

/** A history as JSS Guard stored it before the model's version 2: one minimum, one update period, no rule set. */
function versionOne(settings: Record<string, unknown>) {
  const { jssRules, currentMinOutcomes, minClients, legacyMinOutcomes, legacyUpdateDays, ...kept } =
    DEFAULT_SETTINGS;
  const old = {
    ...kept,
    minOutcomes: 5,
    updateDays: 14,
    ...settings,
  } as Record<string, unknown>;
  for (const key of ['staleDays', 'noEarningsUpTo', 'maxWeight', 'weightPeriodDays']) delete old[key];
  for (const key of Object.keys(old)) if (key.startsWith('weight')) delete old[key];
  return { ...typicalHistory(), schemaVersion: 1, settings: old };
}

describe('the model’s settings', () => {
  it('migrates a version-1 history: current rules, the old minimum and period kept under the legacy keys', async () => {
    const { send, area } = setup({
      [HISTORY_KEY]: versionOne({ minOutcomes: 4, updateDays: 10, inactiveDays: 21 }),
    });
    const settings = settingsOf(await send({ type: 'get-state' }));
    expect(settings).toMatchObject({
      jssRules: 'current',
      legacyMinOutcomes: 4,
      legacyUpdateDays: 10,
      inactiveDays: 21,
      currentMinOutcomes: 2,
      minClients: 2,
      staleDays: 90,
      maxWeight: 8,
    });
    expect(settings).not.toHaveProperty('minOutcomes');
    expect(settings).not.toHaveProperty('updateDays');
    // Migrated, not salvaged: nothing was kept aside as unreadable.
    expect(Object.keys(area.data).filter((k) => k.startsWith('backup:'))).toEqual([]);
    expect((area.data[HISTORY_KEY] as { schemaVersion: number }).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('round-trips the new settings through export and import', async () => {
    const changed = {
      ...DEFAULT_SETTINGS,
      jssRules: 'legacy' as const,
      staleDays: 120,
      weightMedium: 1.3,
      maxWeight: 6,
      currentMinOutcomes: 3,
      minClients: 3,
      legacyMinOutcomes: 4,
      noFeedbackShare: 0.25,
      legacyUpdateDays: 7,
    };
    const from = setup({ [HISTORY_KEY]: { ...typicalHistory(), settings: changed } });
    const exported = await from.send({ type: 'export' });
    if (!exported.ok || !exported.exported) throw new Error('no export');
    const to = setup();
    const reply = await to.send({ type: 'import', data: JSON.parse(JSON.stringify(exported.exported)) });
    expect(settingsOf(reply)).toEqual(changed);
  });

  it('imports an export made before version 2 with its minimum and period under the legacy keys', async () => {
    const old = versionOne({ minOutcomes: 3, updateDays: 21 });
    const to = setup();
    const reply = await to.send({
      type: 'import',
      data: { ...old, contracts: Object.values(old.contracts), exportedAt: '2026-10-01T00:00:00.000Z' },
    });
    expect(settingsOf(reply)).toMatchObject({
      jssRules: 'current',
      legacyMinOutcomes: 3,
      legacyUpdateDays: 21,
    });
    expect(settingsOf(reply)).not.toHaveProperty('minOutcomes');
  });

  it('reads an unknown rule set as the default, current', () => {
    expect(settingsFrom({ jssRules: 'legacy' }).jssRules).toBe('legacy');
    expect(settingsFrom({ jssRules: 'v3' }).jssRules).toBe('current');
    expect(settingsFrom({ jssRules: 1 }).jssRules).toBe('current');
  });
});
