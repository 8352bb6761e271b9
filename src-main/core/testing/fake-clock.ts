import type { Clock } from '../http/types';

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

export interface FakeClockOptions {
  /** Starting time (epoch ms). Default 2026-06-15T12:00:00Z. */
  startMs?: number;
  /**
   * When true, virtual time moves by itself: once the program has nothing left to do but wait (no
   * pending microtasks or immediates), the clock jumps to the earliest pending sleep and wakes it.
   * Retries and rate-limit waits then complete instantly and deterministically. When false, only
   * `advance()` moves time.
   */
  autoAdvance?: boolean;
}

export const FAKE_EPOCH_MS = Date.parse('2026-06-15T12:00:00.000Z');

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A virtual clock for tests: `sleep` never waits in real time. Every requested sleep is recorded in
 * `sleeps` so tests assert computed waits rather than wall time.
 */
export class FakeClock implements Clock {
  private nowMs: number;
  private timers: Timer[] = [];
  private seq = 0;
  private pumping = false;
  private readonly autoAdvance: boolean;
  /** Every sleep requested, in ms, in call order (including ones later cancelled). */
  readonly sleeps: number[] = [];

  constructor(options: FakeClockOptions = {}) {
    this.nowMs = options.startMs ?? FAKE_EPOCH_MS;
    this.autoAdvance = options.autoAdvance ?? true;
  }

  now(): number {
    return this.nowMs;
  }

  /** The current time as ISO. */
  iso(): string {
    return new Date(this.nowMs).toISOString();
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    if (signal?.aborted) return Promise.reject(reasonOf(signal));
    if (ms <= 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer: Timer = { at: this.nowMs + ms, seq: this.seq++, resolve: () => undefined };
      const onAbort = (): void => {
        this.timers = this.timers.filter((t) => t !== timer);
        reject(reasonOf(signal));
      };
      timer.resolve = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      if (this.autoAdvance) this.schedulePump();
    });
  }

  /** Sleeps still waiting. */
  pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, waking due sleeps in order and letting each one's work run. */
  async advance(ms: number): Promise<void> {
    await turn();
    const target = this.nowMs + ms;
    for (;;) {
      const next = this.timers[0];
      if (!next || next.at > target) break;
      this.fire(next);
      await turn();
    }
    this.nowMs = Math.max(this.nowMs, target);
    await turn();
  }

  /** Sets the time directly (e.g. to test overdue derivation); wakes nothing. */
  setNow(ms: number): void {
    this.nowMs = ms;
  }

  private fire(timer: Timer): void {
    this.timers = this.timers.filter((t) => t !== timer);
    this.nowMs = Math.max(this.nowMs, timer.at);
    timer.resolve();
  }

  private schedulePump(): void {
    if (this.pumping) return;
    this.pumping = true;
    void this.pump();
  }

  /** Waits until the program is idle (two quiet turns), then wakes the earliest sleep; repeats. */
  private async pump(): Promise<void> {
    try {
      for (;;) {
        await turn();
        await turn();
        const next = this.timers[0];
        if (!next) return;
        this.fire(next);
      }
    } finally {
      this.pumping = false;
    }
  }
}

function reasonOf(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new Error('aborted');
}
