import { ProgressBar } from '../../components/ProgressBar';
import { FORMAT_WORDS } from './scope';
import './export.css';
import { useExports } from './use-exports';

/**
 * The running export (progress, Cancel) and, when it ended, what happened in a plain sentence. The
 * message sits in a live region that is always there, so screen readers announce it when it appears.
 */
export function ExportStatus() {
  const job = useExports((s) => s.job);
  const cancel = useExports((s) => s.cancel);
  const dismiss = useExports((s) => s.dismiss);
  const running = job !== null && (job.status === 'starting' || job.status === 'running');
  const ended = job !== null && !running;
  const what = job ? `${job.title} to ${FORMAT_WORDS[job.format]}` : '';
  const counted = job?.total === null || job === null ? '' : ` ${job.done.toLocaleString()} of ${job.total.toLocaleString()} invoices`;

  return (
    <div className="export-status-region">
      {running ? (
        <div className="export-status" data-status={job.status}>
          <ProgressBar label={`Exporting ${what}`} value={job.done} max={job.total} />
          <span className="muted">{job.status === 'starting' ? `Preparing the export of ${what}…` : `Exporting ${what}…${counted}`}</span>
          <button type="button" onClick={() => void cancel()} disabled={job.exportId === null}>
            Cancel export
          </button>
        </div>
      ) : null}
      <div role="status" aria-live={job?.status === 'failed' ? 'assertive' : 'polite'} className={ended ? `export-status export-${job.status}` : 'visually-hidden'} data-status={ended ? job.status : undefined}>
        {ended ? (
          <>
            <span className="export-message">{job.message}</span>
            <button type="button" className="icon-button" aria-label="Dismiss the export message" onClick={dismiss}>
              ×
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
