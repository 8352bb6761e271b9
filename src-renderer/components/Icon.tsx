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
  /** A tray: the inbox. */
  inbox: 'M3 13h5l1 3h6l1-3h5M5 5h14l2 8v6H3v-6l2-8Z',
  /** A key: accounts and their credentials. */
  key: 'M8 11a4 4 0 1 0 0 8 4 4 0 0 0 0-8Zm3 1 9-9m-4 4 3 3',
  /** A bell: reminders. */
  bell: 'M6 17v-6a6 6 0 0 1 12 0v6H6Zm-2 0h16m-10 3h4',
  /** Sliders: settings. */
  sliders: 'M4 6h9m4 0h3M4 12h3m4 0h9M4 18h11m4 0h1M15 4v4M9 10v4M17 16v4',
  /** Two sheets: copy. */
  copy: 'M9 9h11v11H9V9Zm-4 6H4V4h11v1',
  /** A panel with a side bar: show or hide the sidebar. */
  sidebar: 'M4 4h16v16H4V4Zm5 0v16',
  /** A funnel: filters. */
  filter: 'M3 5h18l-7 8v6l-4 2v-8L3 5Z',
  /** Two turning arrows: sync. */
  sync: 'M20 12a8 8 0 0 1-14 5.3M4 12a8 8 0 0 1 14-5.3M18 3v4h-4M6 21v-4h4',
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
