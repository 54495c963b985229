import { DEFAULT_SETTINGS, type Settings, settingsFrom } from '../core/settings';
import { ext as browser } from './ext';

let current: Settings = DEFAULT_SETTINGS;

/** The user's settings, mirrored by the background under `settings`; the defaults until they are read. */
export function settings(): Settings {
  return current;
}

export async function loadSettings(): Promise<Settings> {
  try {
    current = settingsFrom((await browser.storage.local.get('settings')).settings);
  } catch {
    current = DEFAULT_SETTINGS;
  }
  return current;
}
