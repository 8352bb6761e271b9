import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi } from '../test/fake-api';
import { clock, renderApp } from '../test/render';

describe('workspace notices', () => {
  it('shows what happened to the workspace on every screen until the user says they read it', async () => {
    const fake = new FakeApi({ now: clock, seed: 'workspace' });
    const message = 'The workspace database was damaged and was set aside as workspace.db.damaged-20260615; a new one was started. Your accounts need to be added again.';
    fake.info = { ...fake.info, notices: [{ id: 7, message, createdAt: '2026-06-15T09:00:00.000Z' }] };
    const { user } = renderApp({ fake });
    const banner = await screen.findByRole('region', { name: 'About your workspace' });
    expect(within(banner).getByText(message)).toBeInTheDocument();
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: 'Settings' }));
    expect(screen.getByRole('region', { name: 'About your workspace' })).toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: /I have read this/ }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'About your workspace' })).toBeNull());
    expect(fake.callsOf('app:dismissNotice')).toEqual([{ id: 7 }]);
  });
});
