import type { Shell } from 'electron';
import { isAllowedExternalUrl } from '../core/links/url-policy';

/**
 * Opening links in the user's default browser. The rule itself is plain Node
 * (src-main/core/links/url-policy.ts, shared with the web host); `shell` is injected, so this module
 * never loads electron at import time.
 */
export { isAllowedExternalUrl };

/** Opens the URL with shell.openExternal only when the rule allows it; true when it was handed over. */
export async function openExternalSafely(url: string, shell: Pick<Shell, 'openExternal'>): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  const href = new URL(url).href;
  try {
    await shell.openExternal(href, { activate: true });
    return true;
  } catch {
    return false;
  }
}
