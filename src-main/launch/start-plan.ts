import { parseWebArgs } from '../web/args';

/**
 * What `npm start` does. With an Electron binary: the desktop app (the data dir passed on when given).
 * Without one: the web host, which is for trying the app. Unless `--data-dir` names a workspace
 * explicitly, it runs the demo workspace in a throwaway folder with an in-memory credential store, so
 * trying the app never touches the user's real workspace or keychain.
 */
export type StartPlan =
  | { kind: 'electron'; binary: string; args: string[]; env: Record<string, string> }
  | { kind: 'web-demo'; port: number; developerMode: boolean }
  | { kind: 'web'; dataDir: string; port: number; developerMode: boolean };

export function startPlan(input: { argv: readonly string[]; binary: string | null; env: NodeJS.ProcessEnv }): StartPlan {
  const args = parseWebArgs(input.argv);
  const port = args.port !== 0 ? args.port : Number(input.env.PORT ?? 0) || 0;
  if (input.binary && input.env.INVOICE_INBOX_HOST !== 'web') {
    return {
      kind: 'electron',
      binary: input.binary,
      args: ['.', '--demo-if-empty', ...(args.developerMode ? ['--developer-mode'] : [])],
      env: args.dataDir ? { INVOICE_INBOX_DATA_DIR: args.dataDir } : {},
    };
  }
  if (args.dataDir === null) return { kind: 'web-demo', port, developerMode: args.developerMode };
  return { kind: 'web', dataDir: args.dataDir, port, developerMode: args.developerMode };
}

export function webHostNotice(plan: Exclude<StartPlan, { kind: 'electron' }>): string {
  const intro = 'No Electron binary is installed here, so Invoice Inbox opens in your browser through the web host. The web host is for trying the app';
  if (plan.kind === 'web-demo') {
    return `${intro}: this is the demo workspace, in a temporary folder deleted when you stop it, and no keychain is used. For real work use the desktop app (or \`npm start -- --data-dir DIR\` to open a workspace of your own here).\n`;
  }
  return `${intro} and for development; it opens the workspace in ${plan.dataDir} with your keychain. Use the desktop app for real work.\n`;
}
