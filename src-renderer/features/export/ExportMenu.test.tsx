import { act, screen, waitFor, within } from '@testing-library/react';
import { FakeApi } from '../../test/fake-api';
import { clock, renderApp } from '../../test/render';

async function openExportMenu(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('grid', { name: 'Invoices' });
  await user.click(screen.getByRole('button', { name: 'Export and print' }));
  return screen.findByRole('menu', { name: 'Export and print' });
}

async function applyOverdue(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('grid', { name: 'Invoices' });
  await user.click(screen.getByRole('button', { name: 'Overdue' }));
  await waitFor(() => expect(screen.getByRole('button', { name: 'Overdue' })).toHaveAttribute('aria-pressed', 'true'));
}

describe('Export menu', () => {
  it('exports the view as shown (filter, search, sort) to Excel and hands the file to the browser downloads', async () => {
    const { fake, user, stores } = renderApp();
    await applyOverdue(user);
    await user.type(screen.getByRole('searchbox', { name: 'Search invoices' }), 'cluster');
    await waitFor(() => expect(stores.inbox.getState().shownSearch).toBe('cluster'));
    await user.click(within(await openExportMenu(user)).getByRole('menuitem', { name: 'Export view as Excel (XLSX)' }));

    await waitFor(() => expect(fake.exports.started).toHaveLength(1));
    const { filter, sort } = stores.inbox.getState();
    expect(fake.exports.started[0]).toMatchObject({ format: 'xlsx', filter, sort, title: 'Search cluster' });
    expect(filter).toMatchObject({ states: ['overdue'], kinds: ['invoice'], search: 'cluster' });
    expect(fake.exports.started[0]?.invoiceIds).toBeUndefined();
    // Progress and the end arrived before the command's answer: the window still follows them.
    const status = await screen.findByText(/^Exported \d+ invoices to invoices-search-cluster-2026-06-15\.xlsx \(in your browser's downloads\)\.$/);
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(fake.downloads).toEqual([{ url: '/api/download/exp-1', fileName: 'invoices-search-cluster-2026-06-15.xlsx' }]);
    await user.click(screen.getByRole('button', { name: 'Dismiss the export message' }));
    expect(screen.queryByText(/^Exported/)).not.toBeInTheDocument();
  });

  it('shows a progress bar while it runs, and cancels', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    fake.exports.autoFinish = false;
    const { user } = renderApp({ fake });
    await user.click(within(await openExportMenu(user)).getByRole('menuitem', { name: 'Export view as CSV' }));
    const bar = await screen.findByRole('progressbar', { name: 'Exporting All invoices to CSV' });
    const total = fake.exports.started.length === 1 ? Number(bar.getAttribute('aria-valuemax')) : -1;
    expect(total).toBe(60);
    fake.exports.progress('exp-1', 30, 60);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', '30 of 60'));
    expect(screen.getByText('Exporting All invoices to CSV… 30 of 60 invoices')).toBeInTheDocument();
    // One export at a time: the menu's export items wait.
    await user.click(screen.getByRole('button', { name: 'Export and print' }));
    expect(screen.getByRole('menuitem', { name: 'Export view as Excel (XLSX)' })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(fake.exports.cancelled).toEqual(['exp-1']);
    fake.exports.finish('exp-1', 0, 'x.csv', 'cancelled');
    expect(await screen.findByText('Export cancelled; nothing was saved.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('exports the selection when rows are selected', async () => {
    const { fake, user, stores } = renderApp();
    await screen.findByRole('grid', { name: 'Invoices' });
    // The list's multi-selection (picked with ctrl-click, x or shift; see Selection.test.tsx).
    act(() => stores.inbox.setState({ selectedIds: new Set(['acc_gpu:acc_gpu-0', 'acc_vast:acc_vast-3']) }));
    await user.click(within(await openExportMenu(user)).getByRole('menuitem', { name: 'Export 2 selected invoices as CSV' }));
    await waitFor(() => expect(fake.exports.started).toHaveLength(1));
    expect(fake.exports.started[0]).toMatchObject({ format: 'csv', invoiceIds: ['acc_gpu:acc_gpu-0', 'acc_vast:acc_vast-3'], title: '2 selected invoices' });
    expect(await screen.findByText(/^Exported 2 invoices to invoices-2-selected-invoices/)).toBeInTheDocument();
  });

  it('on the desktop says where the file was saved, and nothing happens when the save dialog is closed', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    fake.exports.download = 'desktop';
    fake.exports.dialogAccepts = false;
    const { user } = renderApp({ fake });
    await user.click(within(await openExportMenu(user)).getByRole('menuitem', { name: 'Download PDFs of the view (ZIP)' }));
    await waitFor(() => expect(fake.exports.started).toHaveLength(1));
    expect(fake.exports.started[0]?.format).toBe('pdfs');
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.queryByText(/Exported/)).not.toBeInTheDocument();

    fake.exports.dialogAccepts = true;
    await user.click(within(await openExportMenu(user)).getByRole('menuitem', { name: 'Export view as CSV' }));
    expect(await screen.findByText('Exported 60 invoices to /home/u/invoices-all-invoices-2026-06-15.csv.')).toBeInTheDocument();
    expect(fake.downloads).toEqual([]);
  });

  it('says in plain words when an export fails', async () => {
    const fake = new FakeApi({ seed: 'workspace', now: clock });
    fake.exports.autoFinish = false;
    const { user } = renderApp({ fake });
    await user.click(within(await openExportMenu(user)).getByRole('menuitem', { name: 'Export view as CSV' }));
    await screen.findByRole('progressbar');
    fake.exports.finish('exp-1', 0, 'x.csv', 'failed');
    const message = await screen.findByText(/^The export could not be saved: the disk is full\./);
    expect(message.closest('[role="status"]')).toHaveAttribute('aria-live', 'assertive');
  });
});
