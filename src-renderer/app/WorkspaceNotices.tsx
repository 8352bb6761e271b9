import type { WorkspaceNotice } from '../../src-shared/contract';
import { useAppState } from './context';
import { Icon } from '../components/Icon';

/**
 * What happened to the workspace itself that the user must know (a damaged database set aside and
 * a fresh one started, older files imported): shown on every screen until the user says they read it.
 */
const NONE: readonly WorkspaceNotice[] = [];

export function WorkspaceNotices() {
  const notices = useAppState((s) => s.info?.notices ?? NONE);
  const dismiss = useAppState((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <section className="banner banner-problem banner-notice" aria-label="About your workspace">
      <Icon name="broken" />
      <ul className="problem-list">
        {notices.map((notice) => (
          <li key={notice.id} className="problem">
            <p className="problem-text">{notice.message}</p>
            <button type="button" onClick={() => void dismiss(notice.id)} aria-label={`I have read this: ${notice.message.slice(0, 60)}`}>
              I have read this
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
