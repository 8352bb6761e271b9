import { describe, expect, it } from 'vitest';
import { ArgsError, parseWebArgs } from './args';

describe('parseWebArgs', () => {
  it('defaults to a free port, the default data dir, no demo', () => {
    expect(parseWebArgs([])).toEqual({ port: 0, dataDir: null, demo: false, open: false, developerMode: false });
  });

  it('reads every flag, with or without =', () => {
    expect(parseWebArgs(['--port', '8123', '--data-dir=/tmp/x', '--demo', '--open', '--developer-mode'])).toEqual({
      port: 8123,
      dataDir: '/tmp/x',
      demo: true,
      open: true,
      developerMode: true,
    });
  });

  it.each([['--port'], ['--port', 'abc'], ['--port', '70000'], ['--data-dir'], ['--bogus'], ['--help']])('refuses %j', (...argv) => {
    expect(() => parseWebArgs(argv)).toThrow(ArgsError);
  });
});
