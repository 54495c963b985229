/** What JSS Guard keeps in `storage.local`, by key: one list, shared by the background, popup and content script. */
export const HISTORY_KEY = 'history';
/** A copy of the history's settings: content scripts read it on every page without reading the whole history. */
export const SETTINGS_KEY = 'settings';
export const PROBLEMS_KEY = 'problems';
/** Changes with every write of the store, so its own writes can be told from others'. */
export const WRITE_KEY = 'lastWrite';
/** The popup's first view (popup-snapshot.ts), so the popup paints without waiting for the whole history. */
export const SNAPSHOT_KEY = 'popupSnapshot';
/** The snapshot's format: a popup ignores one of another version (it is made again on the next read). */
export const SNAPSHOT_VERSION = 3;
/** Raw data the store could not use, kept under this prefix and the time it was kept aside. */
export const BACKUP_PREFIX = 'backup:';
