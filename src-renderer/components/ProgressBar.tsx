/** A determinate bar when the total is known, an indeterminate one otherwise; always labelled. */
export function ProgressBar({ label, value, max }: { label: string; value: number; max: number | null }) {
  const known = max !== null && max > 0;
  const percent = known ? Math.min(100, Math.round((value / max) * 100)) : null;
  return (
    <div
      className={`progress ${known ? '' : 'progress-indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? max : undefined}
      aria-valuenow={known ? value : undefined}
      aria-valuetext={known ? `${value} of ${max}` : `${value} so far`}
    >
      <div className="progress-fill" style={percent === null ? undefined : { width: `${percent}%` }} />
    </div>
  );
}
