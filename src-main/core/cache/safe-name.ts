const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;
/** Names Windows reserves whatever the extension ("con.json" is the console, not a file). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** True when `id` can be used as a file name on every platform: [A-Za-z0-9_-], 1-128 chars. */
export function isSafeAccountId(id: string): boolean {
  return SAFE_ID.test(id) && !WINDOWS_RESERVED.test(id);
}

/** Throws a RangeError for an id that could escape the cache folder or is not a portable file name. */
export function assertSafeAccountId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || !isSafeAccountId(id)) {
    const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 40)) : typeof id;
    throw new RangeError(`not a safe account id: ${shown} (allowed: letters, digits, "_" and "-")`);
  }
}
