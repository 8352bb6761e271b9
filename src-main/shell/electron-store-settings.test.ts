import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronStoreValue, openSettingsFile } from './electron-store-settings';
import { parseWindowState, type SavedWindowState } from './window-state';

vi.mock('electron', () => {
  const app = { getPath: () => tmpdir(), getVersion: () => '0.0.0-test' };
  const ipcMain = { on: () => undefined };
  return { default: { app, ipcMain, shell: {} }, app, ipcMain, shell: {} };
});

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'invoice-inbox-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('electronStoreValue', () => {
  it('returns the fallback until a value is set, then persists it to the data dir', () => {
    const file = openSettingsFile({ cwd: dir, name: 'shell-state' });
    const state = electronStoreValue<SavedWindowState>(file, 'window', null, parseWindowState);
    expect(state.get()).toBeNull();
    state.set({ x: 1, y: 2, width: 900, height: 700, maximized: true });
    const reopened = electronStoreValue<SavedWindowState>(openSettingsFile({ cwd: dir, name: 'shell-state' }), 'window', null, parseWindowState);
    expect(reopened.get()).toEqual({ x: 1, y: 2, width: 900, height: 700, maximized: true });
    expect(JSON.parse(readFileSync(join(dir, 'shell-state.json'), 'utf8'))).toHaveProperty('window.width', 900);
  });

  it('falls back when the stored value does not parse', () => {
    writeFileSync(join(dir, 'shell-state.json'), JSON.stringify({ window: { width: 'wide' } }));
    const state = electronStoreValue<SavedWindowState>(openSettingsFile({ cwd: dir, name: 'shell-state' }), 'window', null, parseWindowState);
    expect(state.get()).toBeNull();
  });

  it('survives a corrupt file', () => {
    writeFileSync(join(dir, 'shell-state.json'), '{not json');
    const state = electronStoreValue(openSettingsFile({ cwd: dir, name: 'shell-state' }), 'theme', 'system');
    expect(state.get()).toBe('system');
  });
});
