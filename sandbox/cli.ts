import { startSandbox } from './index';
import { mergeShapes, DEFAULT_SHAPES, type Shapes } from './shapes';
import type { SandboxOptions } from './types';

/**
 * Start the sandbox for humans: `tsx sandbox/cli.ts [--port 5679] [--host 127.0.0.1]
 * [--quota 100] [--window-ms 60000] [--daily-quota 50000] [--retry-after] [--rate-limit-headers] [--latency-ms 0]
 * [--access-key KEY] [--no-seed] [--no-log] [--read-shape list|records] [--describe-shape list|object]
 * [--empty-read error|emptyList] [--batch-shape failureFalse|successTrue]`. Stops on SIGINT/SIGTERM.
 */

const USAGE = 'usage: tsx sandbox/cli.ts [--port 5679] [--host 127.0.0.1] [--quota 100] [--window-ms 60000] [--daily-quota 50000] [--retry-after] [--rate-limit-headers] [--latency-ms 0] [--access-key KEY] [--no-seed] [--no-log] [--read-shape list|records] [--describe-shape list|object] [--empty-read error|emptyList] [--batch-shape failureFalse|successTrue]';

function parseArgs(argv: string[]): SandboxOptions {
  const opts: SandboxOptions = { port: 5679 };
  const rateLimit = { quota: 100, windowMs: 60_000, dailyQuota: 50_000, retryAfter: false, headers: false };
  let shapes: Shapes = { ...DEFAULT_SHAPES };
  const num = (flag: string, v: string | undefined): number => {
    const n = Number(v);
    if (v === undefined || v.trim() === '' || !Number.isFinite(n)) throw new Error(`${flag} needs a number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const [name, inline] = flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case '--port': opts.port = num(name, value()); break;
      case '--host': opts.host = value(); break;
      case '--quota': rateLimit.quota = num(name, value()); break;
      case '--window-ms': rateLimit.windowMs = num(name, value()); break;
      case '--daily-quota': rateLimit.dailyQuota = num(name, value()); break;
      case '--retry-after': rateLimit.retryAfter = true; break;
      case '--rate-limit-headers': rateLimit.headers = true; break;
      case '--latency-ms': opts.latencyMs = num(name, value()); break;
      case '--access-key': opts.accessKey = value(); break;
      case '--no-seed': opts.seed = false; break;
      case '--no-log': opts.log = false; break;
      case '--read-shape': shapes = mergeShapes(shapes, { read: value() }); break;
      case '--describe-shape': shapes = mergeShapes(shapes, { describe: value() }); break;
      case '--empty-read': shapes = mergeShapes(shapes, { emptyRead: value() }); break;
      case '--batch-shape': shapes = mergeShapes(shapes, { batch: value() }); break;
      case '--help': case '-h': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown option ${flag}`);
    }
  }
  opts.rateLimit = rateLimit;
  opts.shapes = shapes;
  return opts;
}

async function main(): Promise<void> {
  let options: SandboxOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    process.exit(2);
  }
  const sandbox = await startSandbox(options);
  const rl = options.rateLimit;
  console.log(`Gainsight sandbox listening on ${sandbox.url}`);
  console.log(`access key (header "accesskey"): ${options.accessKey ?? 'sandbox-access-key'}`);
  console.log(`rate limit: ${rl?.quota} calls / ${rl?.windowMs} ms, ${rl?.dailyQuota} a day; latency ${options.latencyMs ?? 0} ms`);
  console.log(`answer shapes: ${JSON.stringify(options.shapes)}`);
  console.log(`control: GET ${sandbox.url}/__sandbox/log, POST ${sandbox.url}/__sandbox/reset, POST ${sandbox.url}/__sandbox/configure`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
