/** 16 px line icons (24-unit grid, drawn in currentColor). Decorative: always beside words that say the same. */
const PATHS = {
  /** A triangle with "!": late. */
  alert: 'M12 3 2 21h20L12 3Zm0 6v5m0 3.5v.5',
  /** An octagon with "!": the most urgent. */
  urgent: 'M8 2h8l6 6v8l-6 6H8l-6-6V8l6-6Zm4 5v6m0 3.5v.5',
  /** A clock: today. */
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 4v5l3 2',
  /** A calendar: coming up. */
  calendar: 'M4 6h16v14H4V6Zm0 4h16M8 3v5m8-5v5',
  /** A crossed-out bell: muted or snoozed. */
  quiet: 'M6 17V11a6 6 0 0 1 10-4.5M18 11v6H8m2 3h4M3 3l18 18',
  /** A tick: paid or fine. */
  check: 'M4 12l5 5L20 6',
  /** A circled "i": information. */
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 8v6m0-9.5V7',
  /** A flask: demo data. */
  demo: 'M9 3h6M10 3v6L4 20h16L14 9V3',
  /** A broken link: an account that cannot sync. */
  broken: 'M10 14a4 4 0 0 1 0-5.6l2-2a4 4 0 0 1 5.6 5.6l-1 1M14 10a4 4 0 0 1 0 5.6l-2 2a4 4 0 0 1-5.6-5.6l1-1M3 3l3 3m12 12 3 3',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
