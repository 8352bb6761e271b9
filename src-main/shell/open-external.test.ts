import { isAllowedExternalUrl as coreRule } from '../core/links/url-policy';
import { isAllowedExternalUrl, openExternalSafely } from './open-external';

vi.mock('electron', () => ({
  shell: {
    openExternal: () => {
      throw new Error('the shell must be injected, not imported');
    },
  },
}));

function fakeShell(fail = false) {
  return { openExternal: vi.fn(async () => (fail ? Promise.reject(new Error('no browser')) : undefined)) };
}

describe('openExternalSafely', () => {
  it('re-exports the core rule', () => {
    expect(isAllowedExternalUrl).toBe(coreRule);
  });

  it('opens https links', async () => {
    const shell = fakeShell();
    await expect(openExternalSafely('https://pay.example.com/inv/1', shell)).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://pay.example.com/inv/1', { activate: true });
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://pay.example.com/inv/1',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@pay.example.com/',
  ])('refuses %s without calling the shell', async (url) => {
    const shell = fakeShell();
    await expect(openExternalSafely(url, shell)).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('reports false when the shell fails', async () => {
    await expect(openExternalSafely('https://example.com/', fakeShell(true))).resolves.toBe(false);
  });
});
