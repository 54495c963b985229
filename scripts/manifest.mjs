// The manifest each store gets: the source manifest.json plus what differs between Chrome and Firefox.
export const TARGETS = {
  chrome: (m) => ({ ...m, background: { service_worker: 'background.js', type: 'module' } }),
  firefox: (m) => ({
    ...m,
    background: { scripts: ['background.js'], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'jss-guard@jssguard.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
};
