import { DEFAULT_SETTINGS, type Settings, settingsFrom } from '../core/settings';
import { SETTINGS_KEY } from '../core/storage-keys';
import { ext as browser } from '../ext';

let current: Settings = DEFAULT_SETTINGS;

/** The user's settings, mirrored by the background under `settings`; the defaults until they are read. */
export function settings(): Settings {
  return current;
}

/** Settings saved in the options page apply to open Upwork tabs from their next hint on. */
export function followSettings(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[SETTINGS_KEY]) current = settingsFrom(changes[SETTINGS_KEY].newValue);
  });
}

export async function loadSettings(): Promise<Settings> {
  try {
    current = settingsFrom((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    current = DEFAULT_SETTINGS;
  }
  return current;
}
