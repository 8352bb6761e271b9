/**
 * Which URLs may leave the app for the user's default browser (pay and receipt links, help links).
 * Plain Node, no electron: the Electron shell and the web host apply the same rule.
 *
 * Allowed: `https:` URLs with a host, no user name or password in them, at most MAX_EXTERNAL_URL_LENGTH
 * characters, no control characters or whitespace. Everything else (javascript:, file:, http:, data:,
 * about:, blob:, custom schemes such as ms-msdt: or vscode:) is refused.
 */

export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** The reason a URL is refused, written for a finance user (never repeats the URL's secrets). */
export function externalUrlProblem(url: string): string | null {
  if (typeof url !== 'string' || url.length === 0) return 'The link is empty.';
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return 'The link is too long to open safely.';
  // Control characters and whitespace can hide a scheme from naive checks and confuse OS handlers.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this check
  if (/[\u0000-\u0020\u007f-\u009f\u2028\u2029]/.test(url)) return 'The link contains characters that are not allowed.';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'The link is not a valid web address.';
  }
  if (parsed.protocol !== 'https:') return 'Only secure (https) web links can be opened.';
  if (!parsed.hostname) return 'The link has no web site in it.';
  if (parsed.username || parsed.password) return 'The link contains a user name or password and was not opened.';
  return null;
}

export function isAllowedExternalUrl(url: string): boolean {
  return externalUrlProblem(url) === null;
}

/** Returns the parsed URL, or throws an Error whose message can be shown to the user as is. */
export function assertAllowedExternalUrl(url: string): URL {
  const problem = externalUrlProblem(url);
  if (problem !== null) {
    const error = new Error(problem);
    error.name = 'ExternalUrlRefused';
    throw error;
  }
  return new URL(url);
}
