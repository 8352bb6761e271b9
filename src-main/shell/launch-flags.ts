/** The command-line flags that ask for the demo workspace on an empty data dir (`npm start`, e2e). */
export function wantsDemo(argv: readonly string[]): boolean {
  return argv.includes('--demo') || argv.includes('--demo-if-empty');
}
