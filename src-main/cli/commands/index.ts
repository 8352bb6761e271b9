import type { CommandRunner } from '../main';
import { dueCommand } from './due';

/** Commands wired in beside the built-in accounts/sync/list (the reminders `due` command joins here). */
export const cliCommands: Record<string, CommandRunner> = { due: dueCommand };
