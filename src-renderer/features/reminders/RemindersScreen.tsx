/**
 * Placeholder until the reminders panel lands: the reminders work replaces this file (and may add
 * siblings). The app shell renders whatever `RemindersScreen` features/reminders/index.ts exports;
 * it takes no props and reads what it needs through app/context (useApi, useServices, useClock).
 */
export function RemindersScreen() {
  return (
    <section className="reminders" aria-labelledby="reminders-title">
      <header className="screen-header">
        <h1 id="reminders-title">Reminders</h1>
      </header>
      <p className="muted">Reminders for invoices coming due will appear here.</p>
    </section>
  );
}
