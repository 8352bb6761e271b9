#!/usr/bin/env node
/** The CLI's entry point: wires the real keychain and the data dir into runCli. */
import { createInboxService } from '../core/app/create-inbox';
import { KeytarCredentialStore } from '../core/credentials/keytar-store';
import { cliCommands } from './commands';
import { runCli } from './main';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  readStdin,
  openInbox: (dataDir, { developerMode }) => createInboxService({ dataDir, credentials: new KeytarCredentialStore(), developerMode: () => developerMode }),
  extraCommands: cliCommands,
}).then((code) => {
  process.exitCode = code;
});
