import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { browserCommand } from './adapters';
import { launchPageHtml, launchPageParent, writeLaunchPage } from './launch-page';

const TOKEN = 'tok_0123456789abcdefghijklmnopqrstuvwxyzABCDEF';
const URL_WITH_TOKEN = `http://127.0.0.1:4321/#token=${TOKEN}`;

let parent: string;

beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'launch-page-test-'));
});

afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('launch page (opening the browser without the token on a command line)', () => {
  it('writes the address into a file only this user can read, in a folder only this user can open', async () => {
    const page = await writeLaunchPage(URL_WITH_TOKEN, parent);
    expect((await stat(page.file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(page.file))).mode & 0o777).toBe(0o700);
    const html = await readFile(page.file, 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${URL_WITH_TOKEN}" />`);
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
    await page.remove();
    await expect(stat(path.dirname(page.file))).rejects.toThrow();
  });

  it('hands the browser only the file path: no token in any argument, on any platform', async () => {
    const page = await writeLaunchPage(URL_WITH_TOKEN, parent);
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const [command, args] = browserCommand(page.file, platform);
      expect([command, ...args].join(' ')).not.toContain(TOKEN);
      expect(args).toContain(page.file);
    }
    await page.remove();
  });

  it('escapes the address for HTML', () => {
    expect(launchPageHtml('http://127.0.0.1:1/#token=a"b<c&d')).toContain('url=http://127.0.0.1:1/#token=a&quot;b&lt;c&amp;d');
  });

  it('prefers $XDG_RUNTIME_DIR (per user, in memory) over the temp dir', () => {
    expect(launchPageParent({ XDG_RUNTIME_DIR: parent })).toBe(parent);
    expect(launchPageParent({ XDG_RUNTIME_DIR: 'relative/dir' })).toBe(tmpdir());
    expect(launchPageParent({})).toBe(tmpdir());
  });
});
