import { type History, SCHEMA_VERSION } from '../schema/history';
import { DEFAULT_SETTINGS } from '../settings';

export function emptyHistory(): History {
  return {
    schemaVersion: SCHEMA_VERSION,
    contracts: {},
    clients: {},
    jobs: [],
    jss: [],
    settings: { ...DEFAULT_SETTINGS },
    pages: {},
    reportRows: {},
  };
}
