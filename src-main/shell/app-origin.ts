import { join } from 'node:path';
import { APP_ENTRY_URL, APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * Where the app's own page lives and how to recognise it. Navigation guards, the IPC door's sender
 * check and the event sink all ask the same question: "is this URL our renderer page?"
 *
 * Production: exactly app://invoice-inbox/index.html (query and hash ignored), served from the
 * renderer folder by the app:// protocol (app-protocol.ts).
 * Development: any page of the electron-vite dev server's origin (ELECTRON_RENDERER_URL), and only
 * when the app is not packaged.
 */
export type RendererLocation = { kind: 'dev-server'; url: string } | { kind: 'app'; url: string; dir: string };

export interface AppOrigin {
  readonly location: RendererLocation;
  /** True for the renderer page itself (what may navigate, send commands and receive events). */
  isAppPage(url: string): boolean;
}

export function resolveRendererLocation(input: {
  env: Record<string, string | undefined>;
  isPackaged: boolean;
  /** The directory of the built main bundle (out/main). */
  mainDir: string;
}): RendererLocation {
  const devUrl = input.env.ELECTRON_RENDERER_URL?.trim();
  if (!input.isPackaged && devUrl && isHttpUrl(devUrl)) return { kind: 'dev-server', url: devUrl };
  return { kind: 'app', url: APP_ENTRY_URL, dir: join(input.mainDir, '..', 'renderer') };
}

export function createAppOrigin(location: RendererLocation): AppOrigin {
  if (location.kind === 'dev-server') {
    const origin = new URL(location.url).origin;
    return { location, isAppPage: (url) => parse(url)?.origin === origin };
  }
  return {
    location,
    isAppPage: (url) => {
      const parsed = parse(url);
      return parsed?.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && (parsed.pathname === '/' || parsed.pathname === '/index.html');
    },
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isHttpUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}
