import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../services/csp';

/**
 * Adds the app's Content-Security-Policy as a <meta> tag to the built index.html, as defence in depth
 * behind the header main and the web host send (same policy, one source). Build only: the dev server
 * needs React Refresh's inline preamble, which main's dev policy allows. frame-ancestors is left out
 * because browsers ignore it in a meta tag.
 */
export function cspMetaPlugin(): Plugin {
  const policy = contentSecurityPolicy()
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'invoice-inbox-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}
