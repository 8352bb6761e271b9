import { GNOME_NO_TRAY_REASON, NO_SESSION_REASON, detectTrayAvailability, statusNotifierWatcherProbe, type ExecFile } from './tray-availability';

const gui = { DISPLAY: ':0' };

describe('tray availability', () => {
  it('macOS and Windows always have a tray', async () => {
    const probe = vi.fn(async () => false);
    for (const platform of ['darwin', 'win32'] as const) {
      expect(await detectTrayAvailability({ platform, env: {}, hasStatusNotifierWatcher: probe })).toEqual({ available: true, reason: null });
    }
    expect(probe).not.toHaveBeenCalled();
  });

  it('GNOME without a StatusNotifier watcher (no AppIndicator extension) has none, and says why', async () => {
    const result = await detectTrayAvailability({
      platform: 'linux',
      env: { ...gui, XDG_CURRENT_DESKTOP: 'GNOME' },
      hasStatusNotifierWatcher: async () => false,
    });
    expect(result).toEqual({ available: false, reason: GNOME_NO_TRAY_REASON });
    expect(result.reason).toMatch(/AppIndicator/);
  });

  it('GNOME with the extension (Ubuntu ships it) has one; so do KDE and others without asking', async () => {
    expect(
      await detectTrayAvailability({ platform: 'linux', env: { ...gui, XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, hasStatusNotifierWatcher: async () => true }),
    ).toEqual({ available: true, reason: null });
    const probe = vi.fn(async () => false);
    expect(await detectTrayAvailability({ platform: 'linux', env: { ...gui, XDG_CURRENT_DESKTOP: 'KDE' }, hasStatusNotifierWatcher: probe })).toEqual({
      available: true,
      reason: null,
    });
    expect(probe).not.toHaveBeenCalled();
  });

  it('when the bus cannot be asked, GNOME gets a tray attempt rather than a wrong "no"', async () => {
    const env = { WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'GNOME' };
    expect(await detectTrayAvailability({ platform: 'linux', env, hasStatusNotifierWatcher: async () => null })).toEqual({ available: true, reason: null });
    expect(
      await detectTrayAvailability({
        platform: 'linux',
        env,
        hasStatusNotifierWatcher: async () => {
          throw new Error('boom');
        },
      }),
    ).toEqual({ available: true, reason: null });
  });

  it('no graphical session: no tray', async () => {
    expect(await detectTrayAvailability({ platform: 'linux', env: {}, hasStatusNotifierWatcher: async () => true })).toEqual({
      available: false,
      reason: NO_SESSION_REASON,
    });
  });

  it('the probe asks gdbus, then dbus-send, and reads their answers', async () => {
    const calls: string[] = [];
    const answer = (gdbus: string | Error, dbusSend: string | Error): ExecFile => async (file) => {
      calls.push(file);
      const out = file === 'gdbus' ? gdbus : dbusSend;
      if (out instanceof Error) throw out;
      return { stdout: out };
    };
    expect(await statusNotifierWatcherProbe(answer('(true,)\n', ''))()).toBe(true);
    expect(await statusNotifierWatcherProbe(answer('(false,)\n', ''))()).toBe(false);
    calls.length = 0;
    expect(await statusNotifierWatcherProbe(answer(new Error('ENOENT'), 'method return\n   boolean false\n'))()).toBe(false);
    expect(calls).toEqual(['gdbus', 'dbus-send']);
    expect(await statusNotifierWatcherProbe(answer(new Error('ENOENT'), new Error('ENOENT')))()).toBeNull();
  });
});
