// The `cli <command>` subcommands: one connection test or database DDL, then exit.
import pg from 'pg';
import { toUserFacingError } from './database-errors.mjs';
import { writeLogRecord } from './log-lines.mjs';
import { describeDatasource, quoteIdent, withDatabase } from './pg-adapter.mjs';

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const COMMANDS = {
  'can-connect-to-database': (url) => withClient(url, (client) => client.query('SELECT 1')),
  'create-database': (url) => {
    const { database } = describeDatasource(url);
    return withClient(withDatabase(url, 'postgres'), (client) => client.query(`CREATE DATABASE ${quoteIdent(database)}`));
  },
  'drop-database': (url) => {
    const { database } = describeDatasource(url);
    return withClient(withDatabase(url, 'postgres'), (client) =>
      client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`),
    );
  },
};

export async function runCliCommand(command, url) {
  const run = COMMANDS[command];
  if (!run) throw new Error(`Unknown schema-engine cli command: ${command}`);
  try {
    await run(url);
    return 0;
  } catch (error) {
    const known = toUserFacingError(error, url);
    // The CLI skips the first stderr line and parses every later one as JSON.
    process.stderr.write(`schema-engine (wasm) ${command} failed\n`);
    if (known) writeLogRecord('ERROR', known.message, { error_code: known.code });
    else writeLogRecord('ERROR', String(error?.message ?? error));
    return 1;
  }
}
