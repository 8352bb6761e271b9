/**
 * One persisted value, read and replaced whole. Structurally the same as the core's
 * `KeyValueStore<T>` (src-main/core/accounts/settings-store.ts), defined here too so the shell does
 * not depend on that file's arrival; any implementation of one satisfies the other.
 */
export interface KeyValueStore<T> {
  get(): T;
  set(value: T): void;
}
