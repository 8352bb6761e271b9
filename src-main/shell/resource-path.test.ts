import { resourcePath } from './resource-path';

vi.mock('electron', () => ({}));

describe('resourcePath', () => {
  it('finds icons in the repository during development', () => {
    expect(resourcePath('icon.png', { isPackaged: false, resourcesPath: '/x', appPath: '/repo' })).toBe('/repo/resources/icon.png');
  });

  it('finds icons next to the asar when packaged', () => {
    expect(resourcePath('tray-dark.png', { isPackaged: true, resourcesPath: '/opt/app/resources', appPath: '/opt/app/resources/app.asar' })).toBe(
      '/opt/app/resources/icons/tray-dark.png',
    );
  });

  it('refuses paths', () => {
    expect(() => resourcePath('../secret', { isPackaged: false, resourcesPath: '/x', appPath: '/repo' })).toThrow();
  });
});
