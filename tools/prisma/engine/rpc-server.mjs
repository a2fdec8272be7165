// JSON-RPC 2.0 over stdin/stdout, one message per line, dispatched to the wasm engine.
import { createInterface } from 'node:readline';
import { runCliCommand } from './cli-commands.mjs';
import { toRpcError } from './rpc-errors.mjs';

// Schema files named by a diff target; see `diff` below.
function schemaFilesOf(target) {
  return target?.tag === 'schemaDatamodel' || target?.tag === 'schemaDatasource' ? (target.files ?? []) : [];
}

const EMPTY_MIGRATION = '-- This is an empty migration.\n';

/** The SQL that takes the migrations directory to the schema, or null when there is none. */
async function migrationScript(engine, params) {
  const result = await engine.diff({
    from: { tag: 'migrations', ...params.migrationsList },
    to: { tag: 'schemaDatamodel', ...params.schema },
    script: true,
    exitCode: null,
    filters: params.filters,
  });
  const script = result.stdout ?? '';
  return script.trim() === '' || script === EMPTY_MIGRATION ? null : script;
}

/** `20261123152237_name`: UTC timestamp, as Prisma names migration directories. */
function migrationDirectoryName(name) {
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return name ? `${stamp}_${name}` : stamp;
}

// RPC methods of the native engine that the wasm build names differently or lacks.
function extraMethods(getEngine, datasourceUrl, print) {
  return {
    // The native engine does not return the diff: it asks the CLI to `print` it (the CLI
    // captures that for --output) and answers with no stdout.
    // The wasm engine takes its preview features (postgresqlExtensions, partialIndexes)
    // from its constructor's datamodels only, and `migrate diff` sends none: without them
    // the shadow database's extensions would be ignored and the diff never empty. So a
    // diff builds the engine from the schema it compares against.
    diff: async (params) => {
      const engine = await getEngine([...schemaFilesOf(params.to), ...schemaFilesOf(params.from)].map((file) => [file.path, file.content]));
      const result = await engine.diff(params);
      if (typeof result.stdout === 'string') await print(result.stdout);
      return { ...result, stdout: null };
    },
    // This wasm build's own evaluateDataLoss refuses PostgreSQL shadow databases, and its
    // createMigration misreads partial indexes (it re-creates them in every new
    // migration), while its `diff` from the migrations directory gets both right. So
    // `migrate dev`'s two questions are answered with that diff. What is lost: the
    // data-loss warnings printed before (and written atop) a new migration.
    evaluateDataLoss: async (params) => {
      const script = await migrationScript(await getEngine(), params);
      return { migrationSteps: script === null ? 0 : 1, unexecutableSteps: [], warnings: [] };
    },
    createMigration: async (params) => {
      const script = await migrationScript(await getEngine(), params);
      return {
        connectorType: 'postgresql',
        extension: 'sql',
        generatedMigrationName: migrationDirectoryName(params.migrationName),
        migrationScript: script ?? (params.draft ? EMPTY_MIGRATION : null),
      };
    },
    getDatabaseVersion: async (params) => (await getEngine()).version(params ?? undefined),
    createDatabase: async () => {
      if ((await runCliCommand('create-database', datasourceUrl)) !== 0) throw new Error('Could not create the database.');
      return {};
    },
  };
}

/**
 * Serves requests until stdin closes. `createEngine(fallbackDatamodels)` builds the wasm
 * engine on first use (from --datamodels, else from the fallback the request suggests).
 */
export function serveJsonRpc(createEngine, datasourceUrl) {
  let enginePromise;
  const getEngine = (fallbackDatamodels = []) => (enginePromise ??= createEngine(fallbackDatamodels));
  const pending = new Set();
  const awaitingClient = new Map();
  let nextRequestId = 1;
  const reply = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextRequestId++;
      awaitingClient.set(id, resolve);
      reply({ id, method: 'print', params: { content } });
    });
  const extra = extraMethods(getEngine, datasourceUrl, print);

  async function handle(line) {
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      reply({ id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    const { id, method, params } = request;
    if (method === undefined && awaitingClient.has(id)) {
      // The CLI's answer to one of our own requests (`print`).
      awaitingClient.get(id)();
      awaitingClient.delete(id);
      return;
    }
    try {
      const engine = extra[method] ? undefined : await getEngine();
      const target = extra[method] ?? (typeof engine[method] === 'function' ? engine[method].bind(engine) : undefined);
      if (!target) {
        reply({ id, error: { code: -32601, message: `Method not found: ${method}` } });
        return;
      }
      const result = await target(params ?? {});
      reply({ id, result: result ?? null });
    } catch (error) {
      reply({ id, error: toRpcError(error) });
    }
  }

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    const job = handle(line).finally(() => pending.delete(job));
    pending.add(job);
  });
  return new Promise((resolve) => {
    lines.on('close', async () => {
      await Promise.allSettled([...pending]);
      resolve();
    });
  });
}
