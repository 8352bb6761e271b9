/**
 * Runs the simulator with the demo tenants until killed:
 *   npx tsx src-main/simulator/cli.ts [--port N] [--demo] [--latency MS] [--now ISO]
 * Prints one JSON line {"url": "...", "tenants": [...]} to stdout once listening.
 */
import { startDemoServer } from './demo';

interface CliArgs {
  port: number;
  latencyMs: number;
  now: string | undefined;
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { port: 0, latencyMs: 0, now: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--demo') continue; // the demo tenants are always loaded
    if ((flag === '--port' || flag === '--latency' || flag === '--now') && value !== undefined) {
      i += 1;
      if (flag === '--now') args.now = value;
      else {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer`);
        if (flag === '--port') args.port = n;
        else args.latencyMs = n;
      }
      continue;
    }
    throw new Error(`unknown argument: ${flag ?? ''} (usage: cli.ts [--port N] [--demo] [--latency MS] [--now ISO])`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sim = await startDemoServer({ port: args.port, latencyMs: args.latencyMs, ...(args.now ? { now: args.now } : {}) });
  process.stdout.write(`${JSON.stringify({ url: sim.url, tenants: sim.tenants() })}\n`);
  const stop = (): void => {
    void sim.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
