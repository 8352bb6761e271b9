/** A value built the first time it is asked for: a workspace service its host may never use. */
export interface Lazy<T> {
  get(): T;
  /** The value when it has been built, else undefined (closing only what was opened). */
  peek(): T | undefined;
}

export function lazy<T>(build: () => T): Lazy<T> {
  let made: { value: T } | null = null;
  return {
    get: () => (made ??= { value: build() }).value,
    peek: () => made?.value,
  };
}
