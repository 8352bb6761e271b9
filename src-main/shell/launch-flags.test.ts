import { wantsDemo } from './launch-flags';

describe('wantsDemo', () => {
  it('reads the demo flags', () => {
    expect(wantsDemo(['electron', '.', '--demo-if-empty'])).toBe(true);
    expect(wantsDemo(['electron', '.', '--demo'])).toBe(true);
    expect(wantsDemo(['electron', '.'])).toBe(false);
  });
});
