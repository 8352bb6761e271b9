import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where the app's own page lives and how to recognise it. Navigation guards, the IPC door's sender
 * check and the event sink all ask the same question: "is this URL our renderer page?"
 *
 * Production: exactly file://…/out/renderer/index.html (query and hash ignored).
 * Development: any page of the electron-vite dev server's origin (ELECTRON_RENDERER_URL), and only
 * when the app is not packaged.
 */
export type RendererLocation = { kind: 'dev-server'; url: string } | { kind: 'file'; path: string };

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
  return { kind: 'file', path: join(input.mainDir, '..', 'renderer', 'index.html') };
}

export function createAppOrigin(location: RendererLocation, platform: NodeJS.Platform = process.platform): AppOrigin {
  if (location.kind === 'dev-server') {
    const origin = new URL(location.url).origin;
    return { location, isAppPage: (url) => parse(url)?.origin === origin };
  }
  const fold = (s: string): string => (platform === 'win32' || platform === 'darwin' ? s.toLowerCase() : s);
  const page = fold(withoutSearchAndHash(pathToFileURL(location.path)));
  return {
    location,
    isAppPage: (url) => {
      const parsed = parse(url);
      return parsed?.protocol === 'file:' && !parsed.host && fold(withoutSearchAndHash(parsed)) === page;
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

function withoutSearchAndHash(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

function isHttpUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}
