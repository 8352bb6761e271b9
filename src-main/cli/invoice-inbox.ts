#!/usr/bin/env node
/** The CLI's entry point: wires the real keychain and the data dir into runCli. */
import { KeytarCredentialStore } from '../core/credentials/keytar-store';
import { openWorkspace } from '../core/workspace/open-workspace';
import { cliCommands } from './commands';
import { quitQuietlyOnClosedPipe } from './io';
import { runCli } from './main';

quitQuietlyOnClosedPipe([process.stdout, process.stderr], (code) => process.exit(code));

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
  // One-shot commands need no watcher: they read the workspace as it is when they run.
  openWorkspace: (dataDir, { developerMode }) => openWorkspace(dataDir, { credentials: new KeytarCredentialStore(), watchIntervalMs: 0, developerMode }),
  extraCommands: cliCommands,
}).then((code) => {
  process.exitCode = code;
});
