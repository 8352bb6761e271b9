/**
 * Findings 6 and 8: the packaging config and package.json, read as files. The Electron fuses must all
 * be set as the security review asked; every package the renderer imports ships, so it must be a
 * production dependency (audits of production dependencies see it) and, being bundled by Vite, be
 * kept out of the installer's node_modules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importedPackages } from './prod-deps';

const root = path.resolve(__dirname, '..');
const builderYaml = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** The lines of a top-level YAML block (`key:` then indented lines), comments and blank lines dropped. */
function yamlBlock(yaml: string, key: string): string[] {
  const lines = yaml.split('\n');
  const start = lines.findIndex((line) => line.trimEnd() === `${key}:`);
  if (start === -1) return [];
  const block: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) break;
    block.push(line.replace(/\s+#.*$/, '').trim());
  }
  return block;
}

function yamlMap(yaml: string, key: string): Record<string, string> {
  return Object.fromEntries(yamlBlock(yaml, key).map((line) => line.split(/:\s*/, 2) as [string, string]));
}

function yamlList(yaml: string, key: string): string[] {
  return yamlBlock(yaml, key).map((line) => line.replace(/^-\s*/, '').replace(/^"(.*)"$/, '$1'));
}

describe('electron-builder.yml: Electron fuses', () => {
  const fuses = yamlMap(builderYaml, 'electronFuses');
  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
    ['enableCookieEncryption', 'true'],
    ['grantFileProtocolExtraPrivileges', 'false'],
  ])('%s is %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it('packs the app into an asar archive (the integrity fuses check it)', () => {
    expect(builderYaml).toMatch(/^asar: true$/m);
  });
});

function rendererSources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.split(path.sep).includes('test'))
    .map((file) => path.join(dir, file));
}

describe('what ships is a production dependency', () => {
  const imported = new Set(rendererSources(path.join(root, 'src-renderer')).flatMap((file) => importedPackages(readFileSync(file, 'utf8'))));

  it('finds the renderer packages', () => {
    expect([...imported].sort()).toEqual(expect.arrayContaining(['@tanstack/react-virtual', 'pdfjs-dist', 'react', 'react-dom', 'zustand']));
  });

  it('every package the renderer imports is in dependencies, none in devDependencies', () => {
    for (const name of imported) {
      expect(manifest.dependencies, name).toHaveProperty([name]);
      expect(manifest.devDependencies, name).not.toHaveProperty([name]);
    }
  });

  it('every renderer package bundled by Vite is kept out of the installer node_modules (zod stays: main requires it)', () => {
    const excluded = yamlList(builderYaml, 'files').filter((pattern) => pattern.startsWith('!**/node_modules/'));
    for (const name of imported) {
      if (name === 'zod') continue;
      expect(excluded, name).toContain(`!**/node_modules/${name}/**`);
    }
    expect(excluded.some((pattern) => /node_modules\/(zod|keytar|better-sqlite3|conf|electron-store)\//.test(pattern))).toBe(false);
  });
});
