import { startPlan, webHostNotice } from './start-plan';

describe('npm start', () => {
  it('without an Electron binary and without --data-dir: the demo in a throwaway workspace, no keychain', () => {
    const plan = startPlan({ argv: [], binary: null, env: {} });
    expect(plan).toEqual({ kind: 'web-demo', port: 0, developerMode: false });
    if (plan.kind !== 'web-demo') throw new Error('unexpected plan');
    const notice = webHostNotice(plan);
    expect(notice).toContain('The web host is for trying the app');
    expect(notice).toContain('no keychain is used');
  });

  it('opens a real workspace in the web host only when --data-dir names it', () => {
    const plan = startPlan({ argv: ['--data-dir', '/home/u/inbox'], binary: null, env: { PORT: '8080' } });
    expect(plan).toEqual({ kind: 'web', dataDir: '/home/u/inbox', port: 8080, developerMode: false });
    if (plan.kind !== 'web') throw new Error('unexpected plan');
    expect(webHostNotice(plan)).toContain('The web host is for trying the app and for development');
  });

  it('starts the desktop app when a binary exists (unless INVOICE_INBOX_HOST=web), passing the data dir on', () => {
    expect(startPlan({ argv: ['--data-dir=/d', '--developer-mode'], binary: '/e/electron', env: {} })).toEqual({
      kind: 'electron',
      binary: '/e/electron',
      args: ['.', '--demo-if-empty', '--developer-mode'],
      env: { INVOICE_INBOX_DATA_DIR: '/d' },
    });
    expect(startPlan({ argv: [], binary: '/e/electron', env: { INVOICE_INBOX_HOST: 'web' } }).kind).toBe('web-demo');
  });
});
