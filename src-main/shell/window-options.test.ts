import { DEFAULT_WINDOW_SIZE, mainWindowOptions, MIN_WINDOW_SIZE, secureWebPreferences } from './window-options';

vi.mock('electron', () => ({}));

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.js');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webviewTag', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
  ] as const)('sets %s to %s', (key, value) => {
    expect(prefs[key]).toBe(value);
  });

  it('uses the given preload and keeps devtools off unless asked', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.js', { devTools: true }).devTools).toBe(true);
  });
});

describe('mainWindowOptions', () => {
  it('opens hidden, centred at the default size with the secure preferences', () => {
    const options = mainWindowOptions({ preloadPath: '/p.js' });
    expect(options).toMatchObject({
      show: false,
      center: true,
      width: DEFAULT_WINDOW_SIZE.width,
      height: DEFAULT_WINDOW_SIZE.height,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
    });
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.js'));
  });

  it('uses a remembered position when there is one', () => {
    const options = mainWindowOptions({ preloadPath: '/p.js', bounds: { x: 10, y: 20, width: 900, height: 700 }, iconPath: '/i.png' });
    expect(options).toMatchObject({ x: 10, y: 20, width: 900, height: 700, icon: '/i.png' });
    expect(options.center).toBeUndefined();
  });
});
