/** The fake API's events: listeners per event name, called at once in the order they were added. */
import type { EventName, EventPayload } from '../../src-shared/contract';

export class FakeEvents {
  private readonly listeners = new Map<EventName, Set<(payload: never) => void>>();

  readonly on = <K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): (() => void) => {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    const entry = listener as (payload: never) => void;
    set.add(entry);
    return () => set.delete(entry);
  };

  readonly emit = <K extends EventName>(name: K, payload: EventPayload<K>): void => {
    for (const listener of this.listeners.get(name) ?? []) (listener as (p: EventPayload<K>) => void)(payload);
  };

  count(name: EventName): number {
    return this.listeners.get(name)?.size ?? 0;
  }
}
