import { FakeClock } from '../core/testing/fake-clock';
import { startReminderTicker } from './reminder-ticker';

vi.mock('electron', () => ({}));

const MIN = 60_000;

describe('reminder ticker', () => {
  it('ticks every minute until stopped, and on demand', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    let ticks = 0;
    const ticker = startReminderTicker(clock, async () => {
      ticks++;
    });
    await clock.advance(3 * MIN);
    expect(ticks).toBe(3);
    await ticker.tickNow();
    expect(ticks).toBe(4);
    ticker.stop();
    await clock.advance(5 * MIN);
    expect(ticks).toBe(4);
  });

  it('a failing tick does not stop the timer', async () => {
    const clock = new FakeClock({ autoAdvance: false });
    const errors: string[] = [];
    let ticks = 0;
    startReminderTicker(
      clock,
      async () => {
        ticks++;
        throw new Error('disk full');
      },
      { log: (message) => errors.push(message) },
    );
    await clock.advance(2 * MIN);
    expect([ticks, errors]).toEqual([2, ['reminders: disk full', 'reminders: disk full']]);
  });
});
