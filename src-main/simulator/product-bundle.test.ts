/**
 * Fault injection and hostile fixtures are test-only: the main bundle the installers ship (built here
 * exactly as `electron-vite build` builds out/main, into a temp dir) holds the demo's simulator but
 * none of src-main/simulator/testing. The same search over a bundle of the testing layer, built the
 * same way, finds every marker, so a clean result is not an artefact of bundling.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, mergeConfig, type UserConfig } from 'vite';
import { EFFECT_FIELDS, HOSTILE_TEXT } from './testing';

const ROOT = path.resolve(__dirname, '../..');
const TESTING_ENTRY = path.join(ROOT, 'src-main/simulator/testing/index.ts');

/** Strings that exist only in the fault layer: fault kinds, hostile payloads, its class and canned bodies. */
const FAULT_MARKERS = [
  'FaultRegistry',
  'resetMidBody',
  'malformedJson',
  'schemaDrift',
  'duplicateAcrossPages',
  'repeatingCursor',
  'hostileUrls',
  'x_sim_unexpected',
  'Please sign in to continue',
  HOSTILE_TEXT,
  ...new Set(Object.values(EFFECT_FIELDS).flatMap((fields) => Object.values(fields.urls))),
];

let outDir: string;
let mainConfig: UserConfig;

async function bundle(config: UserConfig): Promise<string> {
  await build(mergeConfig(config, { logLevel: 'silent', build: { emptyOutDir: true } }));
  return readFile(path.join(config.build?.outDir ?? '', 'index.js'), 'utf8');
}

function markersIn(code: string): string[] {
  return FAULT_MARKERS.filter((marker) => code.includes(marker));
}

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'ii-bundle-'));
  const resolved = await resolveConfig({ root: ROOT, build: { outDir }, logLevel: 'silent' }, 'build', 'production');
  if (!resolved.config?.main) throw new Error('electron.vite.config.ts has no main build');
  mainConfig = resolved.config.main;
});
afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the built main bundle', () => {
  it('holds the demo simulator and no fault-injection code', async () => {
    const code = await bundle(mainConfig);
    expect(code).toContain('demo-gpuoutlet-sid');
    expect(markersIn(code)).toEqual([]);
  }, 60_000);

  it('the markers are found when the testing layer is bundled the same way', async () => {
    const input = { index: TESTING_ENTRY };
    const testing = mergeConfig(mainConfig, {
      build: { outDir: path.join(outDir, 'testing'), rollupOptions: { input }, rolldownOptions: { input } },
    });
    expect(markersIn(await bundle(testing))).toEqual(FAULT_MARKERS);
  }, 60_000);
});
