import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../scripts/manifest.mjs';
import { ROOT } from '../helpers/dom';

const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));

describe.each(Object.keys(TARGETS) as (keyof typeof TARGETS)[])('the %s manifest', (browser) => {
  const manifest = TARGETS[browser](source);

  it('asks for exactly storage, alarms and www.upwork.com', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'storage']);
    expect(manifest.host_permissions).toEqual(['https://www.upwork.com/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches)).toEqual([
      'https://www.upwork.com/*',
    ]);
  });

  it('is Manifest V3 with no remote code and the default content security policy', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/(?!www\.upwork\.com\/\*)/);
  });
});

describe('store-specific manifest keys', () => {
  it('gives Chrome a module service worker and Firefox background scripts that declare no data collection', () => {
    expect(TARGETS.chrome(source).background).toEqual({ service_worker: 'background.js', type: 'module' });
    const firefox = TARGETS.firefox(source);
    expect(firefox.background.scripts).toEqual(['background.js']);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({
      required: ['none'],
    });
  });
});
