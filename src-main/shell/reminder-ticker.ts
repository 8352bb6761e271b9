/**
 * The reminder timer of the desktop app: the reminders' tick() every minute (plus on wake from sleep,
 * through tickNow), so notifications come on time. Time comes from an injected Clock.
 */
import type { Clock } from '../core/http/types';

/** The reminder timer: tick() every `everyMs` (default one minute) until stopped. */
export function startReminderTicker(
  clock: Clock,
  tick: () => Promise<unknown>,
  options: { everyMs?: number; log?: (message: string) => void } = {},
): { stop(): void; tickNow(): Promise<void> } {
  const everyMs = options.everyMs ?? 60_000;
  const controller = new AbortController();
  const run = async (): Promise<void> => {
    try {
      await tick();
    } catch (error) {
      options.log?.(`reminders: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  void (async () => {
    while (!controller.signal.aborted) {
      try {
        await clock.sleep(everyMs, controller.signal);
      } catch {
        return;
      }
      await run();
    }
  })();
  return { stop: () => controller.abort(), tickNow: run };
}
