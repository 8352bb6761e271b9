/**
 * The Content-Security-Policy of the app's pages. Production: scripts only from the app itself
 * (no 'unsafe-eval', no 'unsafe-inline', no remote hosts), no plugins, no framing, no forms, no
 * <base>, network only to the app itself (all provider traffic happens in main).
 *
 * Development (electron-vite dev server, never packaged) additionally allows the inline React
 * Refresh preamble and the dev server's HMR websocket. It still forbids eval.
 */
export interface CspOptions {
  /** The dev server origin (http://localhost:5173) when running `electron-vite dev`. */
  devServerOrigin?: string | null;
}

export function contentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerOrigin ? new URL(options.devServerOrigin) : null;
  const devSocket = dev ? `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}` : null;
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['worker-src', ["'self'", 'blob:']],
    ['connect-src', devSocket ? ["'self'", devSocket] : ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Returns response headers with the policy added. An existing policy header is kept (several
 * policies are all enforced, so ours can only make it stricter); header names are case-insensitive.
 */
export function withContentSecurityPolicy(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = { ...(headers ?? {}) };
  const existing = Object.keys(result).find((key) => key.toLowerCase() === 'content-security-policy');
  const key = existing ?? 'Content-Security-Policy';
  const values = result[key] ?? [];
  result[key] = values.includes(policy) ? values : [...values, policy];
  return result;
}
