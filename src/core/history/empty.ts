import { dict } from '../dict';
import { type History, SCHEMA_VERSION } from '../schema/history';
import { DEFAULT_SETTINGS } from '../settings';

export function emptyHistory(): History {
  return {
    schemaVersion: SCHEMA_VERSION,
    contracts: dict(),
    clients: dict(),
    jobs: [],
    jss: [],
    settings: { ...DEFAULT_SETTINGS },
    pages: dict(),
    reportRows: dict(),
  };
}
