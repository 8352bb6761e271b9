import { redirectVerdict } from './redirects';

describe('redirectVerdict', () => {
  const from = 'https://commet.co/api/v1/invoices?limit=100';

  it('follows only redirect statuses with a Location', () => {
    expect(redirectVerdict(from, 200, '/x')).toEqual({ type: 'none' });
    expect(redirectVerdict(from, 304, '/x')).toEqual({ type: 'none' });
    expect(redirectVerdict(from, 302, null)).toEqual({ type: 'none' });
    expect(redirectVerdict(from, 302, '/api/v2/invoices')).toEqual({ type: 'follow', url: 'https://commet.co/api/v2/invoices' });
    expect(redirectVerdict(from, 308, 'https://commet.co:443/x')).toEqual({ type: 'follow', url: 'https://commet.co/x' });
  });

  it.each([
    ['http://commet.co/api', 'commet.co'],
    ['https://evil.example/collect', 'evil.example'],
    ['https://commet.co:8443/x', 'commet.co:8443'],
    ['https://10.0.0.1/admin', '10.0.0.1'],
    ['https://user:pw@commet.co/x', 'commet.co'],
    ['file:///etc/passwd', 'file'],
    ['http://[', 'an unreadable address'],
  ])('refuses %s', (location, host) => {
    expect(redirectVerdict(from, 302, location)).toEqual({ type: 'refuse', host });
  });
});
