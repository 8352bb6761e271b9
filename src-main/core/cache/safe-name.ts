const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;
/** Names Windows reserves whatever the extension ("con.json" is the console, not a file). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** True when `id` can be used as a file name on every platform: [A-Za-z0-9_-], 1-128 chars. */
export function isSafeAccountId(id: string): boolean {
  return SAFE_ID.test(id) && !WINDOWS_RESERVED.test(id);
}
