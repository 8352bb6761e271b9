import type { CommandRunner } from '../main';

/** Commands wired in beside the built-in accounts/sync/list (the reminders `due` command joins here). */
export const cliCommands: Record<string, CommandRunner> = {};
