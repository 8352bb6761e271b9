import { zoneNamed } from '../../../src-shared/domain/local-time';
import { calendarOf } from './store-adapters';

const NOW = Date.parse('2026-06-15T22:30:00.000Z');

describe('calendarOf', () => {
  it("reads the user's calendar: today and the start of a day in the zone", () => {
    const calendar = calendarOf(() => NOW, zoneNamed('Europe/Berlin'))();
    expect(calendar.today).toBe('2026-06-16');
    expect(calendar.startOf('2026-06-16')).toBe(Date.parse('2026-06-15T22:00:00.000Z'));
    expect(calendarOf(() => NOW, zoneNamed('Europe/Berlin'))('America/New_York').today).toBe('2026-06-15');
  });

  it('reads how long "I paid this" marks hold only when a query asks, once per calendar', () => {
    let reads = 0;
    const calendar = calendarOf(() => NOW, zoneNamed('UTC'), () => {
      reads += 1;
      return 3;
    })();
    expect(reads).toBe(0);
    expect(calendar.paidMarksSince).toBe('2026-06-12T22:30:00.000Z');
    expect(calendar.paidMarksSince).toBe('2026-06-12T22:30:00.000Z');
    expect(reads).toBe(1);
  });
});
