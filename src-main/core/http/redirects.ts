/**
 * Which redirects a provider request may follow: only to the same origin (scheme, host and port) as
 * the request that got it, at most MAX_REDIRECTS in a row. The credential travels in headers, so a
 * redirect elsewhere (another site, plain http, an internal address) would carry it there; it is
 * refused instead and the account fails with a message that names the other site.
 */
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export type RedirectVerdict = { type: 'none' } | { type: 'follow'; url: string } | { type: 'refuse'; host: string };

export function redirectVerdict(currentUrl: string, status: number, location: string | null): RedirectVerdict {
  if (!REDIRECT_STATUSES.has(status) || location === null) return { type: 'none' };
  let target: URL;
  try {
    target = new URL(location, currentUrl);
  } catch {
    return { type: 'refuse', host: 'an unreadable address' };
  }
  const current = new URL(currentUrl);
  if (target.origin !== current.origin || target.username !== '' || target.password !== '') {
    return { type: 'refuse', host: target.host || target.protocol.replace(/:$/, '') };
  }
  return { type: 'follow', url: target.href };
}
