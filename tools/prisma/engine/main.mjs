// Entry of the offline schema engine: the Prisma CLI's schema-engine protocol served by
// @prisma/schema-engine-wasm over a PrismaPg driver adapter.
import { readFile } from 'node:fs/promises';
import { parseArgs } from './args.mjs';
import { runCliCommand } from './cli-commands.mjs';
import { loadSchemaEngineWasm } from './load-wasm.mjs';
import { writeLogRecord } from './log-lines.mjs';
import { installPanicRegistry, takePanicMessage } from './panic-registry.mjs';
import { createAdapterFactory } from './pg-adapter.mjs';
import { serveJsonRpc } from './rpc-server.mjs';

function forwardEngineLog(record) {
  // The engine logs JSON-encoded tracing events; pass them on as stderr lines for the CLI.
  process.stderr.write(`${typeof record === 'string' ? record : JSON.stringify(record)}\n`);
}

export async function main(argv) {
  const options = parseArgs(argv);
  installPanicRegistry();
  const wasm = await loadSchemaEngineWasm();
  if (options.version) {
    process.stdout.write(`schema-engine-cli ${wasm.version()} (wasm)\n`);
    return 0;
  }
  const url = options.datasource?.url;
  if (options.cliCommand) {
    if (!url) throw new Error('The cli subcommands need --datasource with a url.');
    return runCliCommand(options.cliCommand, url);
  }
  const datamodels = await Promise.all(options.datamodels.map(async (file) => [file, await readFile(file, 'utf8')]));
  const adapterFactory = url ? createAdapterFactory(url) : undefined;
  const createEngine = (fallbackDatamodels) => {
    const chosen = datamodels.length ? datamodels : fallbackDatamodels;
    return wasm.SchemaEngine.new({ datamodels: chosen.length ? chosen : undefined }, forwardEngineLog, adapterFactory);
  };
  await serveJsonRpc(createEngine, url);
  return 0;
}

export async function runAsProcess() {
  // A Rust panic traps out of the wasm outside any promise chain; like the native engine,
  // report it and exit with 101, which the CLI reads as "the engine panicked".
  process.on('uncaughtException', (error) => {
    writeLogRecord('ERROR', `${takePanicMessage() ?? 'schema engine crashed'}: ${error?.message ?? error}`, { is_panic: true });
    process.exit(101);
  });
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write('schema-engine (wasm) failed\n');
    writeLogRecord('ERROR', String(error?.stack ?? error));
    process.exitCode = 1;
  }
}
