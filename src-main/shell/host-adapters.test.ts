import type { BrowserWindow, Dialog } from 'electron';
import { electronLinkOpener, electronOpenPdf, electronSaveCopy } from './host-adapters';

vi.mock('electron', () => ({}));

const file = { invoiceId: 'a:1', path: '/data/pdf/a_1.pdf', suggestedName: 'INV-1.pdf' };
const info = { invoiceId: 'a:1', which: 'pay' as const };

describe('electronLinkOpener', () => {
  it('opens https links and refuses anything else', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    await electronLinkOpener(shell)('https://pay.example.com/1', info);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    await expect(electronLinkOpener(shell)('file:///etc/passwd', info)).rejects.toThrow(/browser/);
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('electronSaveCopy', () => {
  function setup(result: { canceled: boolean; filePath?: string }) {
    const dialog = { showSaveDialog: vi.fn(async () => result) };
    const copyFile = vi.fn(async () => undefined);
    const save = electronSaveCopy({
      dialog: dialog as unknown as Pick<Dialog, 'showSaveDialog'>,
      window: () => ({}) as BrowserWindow,
      downloadsDir: () => '/home/u/Downloads',
      copyFile,
    });
    return { dialog, copyFile, save };
  }

  it('copies the cached PDF where the user chose', async () => {
    const { save, copyFile, dialog } = setup({ canceled: false, filePath: '/home/u/Desktop/INV-1.pdf' });
    await expect(save(file)).resolves.toEqual({ saved: true, path: '/home/u/Desktop/INV-1.pdf' });
    expect(copyFile).toHaveBeenCalledWith('/data/pdf/a_1.pdf', '/home/u/Desktop/INV-1.pdf');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ defaultPath: '/home/u/Downloads/INV-1.pdf' }));
  });

  it('does nothing when cancelled', async () => {
    const { save, copyFile } = setup({ canceled: true });
    await expect(save(file)).resolves.toEqual({ saved: false, path: null });
    expect(copyFile).not.toHaveBeenCalled();
  });
});

describe('electronOpenPdf', () => {
  it('reports whether the OS opened the file', async () => {
    await expect(electronOpenPdf({ openPath: async () => '' })(file)).resolves.toBe(true);
    await expect(electronOpenPdf({ openPath: async () => 'No application' })(file)).resolves.toBe(false);
  });

  it('never opens a file that is not a PDF', async () => {
    const openPath = vi.fn(async () => '');
    await expect(electronOpenPdf({ openPath })({ ...file, path: '/data/evil.desktop' })).resolves.toBe(false);
    expect(openPath).not.toHaveBeenCalled();
  });
});
