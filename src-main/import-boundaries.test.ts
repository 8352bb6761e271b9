/**
 * The import boundaries in eslint.config.mjs, proven on planted files (linted as text under a fake
 * path, never written): no src-* file reaches into e2e/, and no product file reaches the simulator's
 * test-only fault layer, while the rules each folder had before still hold.
 */
import path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The no-restricted-imports messages for `source` linted as if it were the file at `file`. */
async function restrictions(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('no src-* file imports the test tree (e2e/)', () => {
  it.each([
    ['src-main/core/demo/planted.ts', "import { startSimulator } from '../../../e2e/simulator';"],
    ['src-main/shell/planted.ts', "import { E2E_TENANTS } from '../../e2e/fixtures/tenants';"],
    ['src-main/cli/planted.test.ts', "import { test } from '../../e2e/fixtures';"],
    ['src-shared/domain/planted.ts', "export { E2E_TENANTS } from '../../e2e/fixtures/tenants';"],
    ['src-renderer/features/planted.tsx', "import { call } from '../../e2e/fixtures/api';"],
    ['src-preload/planted.ts', "import '../e2e/fixtures';"],
  ])('%s', async (file, source) => {
    expect(await restrictions(file, source)).toEqual([expect.stringContaining('never imports from e2e/')]);
  });
});

describe('fault injection is test-only', () => {
  it('product files may not import src-main/simulator/testing', async () => {
    expect(await restrictions('src-main/core/demo/planted.ts', "import { startSimulator } from '../../simulator/testing';")).toEqual([
      expect.stringContaining('Fault injection is test-only'),
    ]);
    expect(await restrictions('src-main/web/planted.ts', "import { HOSTILE_TEXT } from '../simulator/testing/hostile-fields';")).toEqual([
      expect.stringContaining('Fault injection is test-only'),
    ]);
  });

  it('tests and the testing layer may, and product files may use the product simulator', async () => {
    expect(await restrictions('src-main/core/sync/planted.test.ts', "import { startSimulator } from '../../simulator/testing';")).toEqual([]);
    expect(await restrictions('src-main/simulator/testing/planted.ts', "import { startSimulator } from '../simulator';")).toEqual([]);
    expect(await restrictions('src-main/core/demo/planted.ts', "import { startDemoServer } from '../../simulator';")).toEqual([]);
    expect(await restrictions('e2e/fixtures/planted.ts', "import { startSimulator } from '../../src-main/simulator/testing';")).toEqual([]);
  });
});

describe('the folder rules still hold alongside', () => {
  it.each([
    ['src-main/core/planted.ts', "import { app } from 'electron';", 'never imports electron'],
    ['src-main/core/planted.ts', "import { tray } from '../shell/tray';", 'may not depend on the Electron shell'],
    ['src-shared/planted.ts', "import { readFile } from 'node:fs';", 'src-shared may not import'],
    ['src-renderer/planted.ts', "import { run } from '../src-main/cli/main';", 'only through src-renderer/api'],
    ['src-main/services/planted.ts', "import { TrayPresence } from '../shell/tray-presence';", 'may not depend on the Electron shell or the IPC door'],
    ['src-main/services/planted.ts', "import { registerCommandDoor } from '../ipc/door';", 'may not depend on the Electron shell or the IPC door'],
    ['src-main/web/planted.ts', "import { applySecurity } from '../shell/security';", 'may not depend on the Electron shell or the IPC door'],
    ['src-main/web/browser/planted.ts', "import { registerCommandDoor } from '../../ipc/door';", 'may not depend on the Electron shell or the IPC door'],
    ['src-main/services/planted.ts', "import { app } from 'electron';", 'run under plain Node'],
    ['src-main/services/planted.test.ts', "import { E2E_TENANTS } from '../../e2e/fixtures/tenants';", 'never imports from e2e/'],
  ])('%s: %s', async (file, source, message) => {
    expect(await restrictions(file, source)).toContainEqual(expect.stringContaining(message));
  });
});
