import { Icon } from '../components/Icon';
import { useAccounts, useAppState } from './context';

/** While the demo workspace is on, every screen says so, with the way out: adding real accounts. */
export function DemoRibbon() {
  const demoInfo = useAppState((s) => s.info?.demo ?? false);
  const demoAccounts = useAccounts((s) => s.accounts.some((a) => a.demo));
  const navigate = useAppState((s) => s.navigate);
  if (!demoInfo && !demoAccounts) return null;
  return (
    <section className="banner demo-ribbon" aria-label="Demo data">
      <Icon name="demo" />
      <strong>Demo data</strong>
      <span>These accounts and invoices are made up, to show how Invoice Inbox works. Nothing here is real.</span>
      <button type="button" className="primary" onClick={() => navigate('accounts', { kind: 'add' })}>
        Add your real accounts
      </button>
    </section>
  );
}
