/** One persisted value, read and replaced whole (window state, "close to tray explained"). */
export interface KeyValueStore<T> {
  get(): T;
  set(value: T): void;
}
