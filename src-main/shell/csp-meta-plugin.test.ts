import { cspMetaPlugin } from './csp-meta-plugin';

describe('cspMetaPlugin', () => {
  it('adds the strict policy to the built page only, before any script, without frame-ancestors', () => {
    const plugin = cspMetaPlugin();
    expect(plugin.apply).toBe('build');
    const transform = plugin.transformIndexHtml as () => { tag: string; attrs: Record<string, string>; injectTo: string }[];
    const [tag] = transform();
    expect(tag?.tag).toBe('meta');
    expect(tag?.injectTo).toBe('head-prepend');
    expect(tag?.attrs['http-equiv']).toBe('Content-Security-Policy');
    const policy = tag?.attrs.content ?? '';
    const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d] as const));
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|frame-ancestors|https?:/);
    expect(policy).toContain("object-src 'none'");
  });
});
