import type { EventName, EventPayload } from '../../src-shared/contract';
import type { EventSink } from './commands';

/**
 * An EventSink that forwards every event to the windows and also lets main itself listen (the tray
 * follows 'reminders:changed', the sync scheduler 'net:status' and 'settings:changed'). Listeners can
 * be added after the services that emit were built.
 */
export interface EventTap extends EventSink {
  listen<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
}

export function createEventTap(target: EventSink, onListenerError: (error: unknown) => void = () => undefined): EventTap {
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  return {
    emit<K extends EventName>(name: K, payload: EventPayload<K>): void {
      target.emit(name, payload);
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          (listener as (payload: EventPayload<K>) => void)(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    listen(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const entry = listener as (payload: never) => void;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
  };
}
