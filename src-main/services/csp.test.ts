import { contentSecurityPolicy, withContentSecurityPolicy } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy (production)', () => {
  const policy = contentSecurityPolicy();
  const d = directives(policy);

  it('allows scripts from the app only: no eval, no inline, no remote host', () => {
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/https?:/);
    expect(policy).not.toContain('*');
  });

  it('has every required directive', () => {
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
  });
});

describe('contentSecurityPolicy (dev server)', () => {
  const policy = contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' });

  it('still forbids eval and remote scripts but allows the HMR socket', () => {
    expect(policy).not.toContain('unsafe-eval');
    expect(directives(policy).get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives(policy).get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the header and keeps the others', () => {
    expect(withContentSecurityPolicy({ 'Content-Type': ['text/html'] }, 'x')).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': ['x'],
    });
  });

  it('keeps an existing policy (both are enforced) whatever its header case', () => {
    expect(withContentSecurityPolicy({ 'content-security-policy': ["default-src 'none'"] }, 'x')).toEqual({
      'content-security-policy': ["default-src 'none'", 'x'],
    });
  });

  it('works with no headers', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});
