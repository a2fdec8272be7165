// The PrismaPg adapter factory the wasm engine runs on, with the three faults of
// @prisma/adapter-pg 7.10 in the migration role worked around (see TOOLCHAIN.md).
import { URL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from '@prisma/driver-adapter-utils';
import pg from 'pg';

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// The engine's catalog queries return PostgreSQL's internal one-byte `"char"` type
// (pg_constraint.contype and friends), which the adapter refuses to map, while the engine
// insists on reading those columns as characters. node-postgres hands the value over as a
// one-letter string, so: the client relabels such columns as text (so the adapter accepts
// them) and remembers which they were, keyed by the rows array the adapter passes on
// untouched; the adapter wrapper below then reports those columns as Character again.
const charColumnsByRows = new WeakMap();

function relabelCharColumns(result) {
  const fields = result?.fields ?? [];
  const charColumns = [];
  fields.forEach((field, index) => {
    if (field.dataTypeID !== PG_CHAR_OID) return;
    field.dataTypeID = PG_TEXT_OID;
    charColumns.push(index);
  });
  if (charColumns.length && Array.isArray(result.rows)) charColumnsByRows.set(result.rows, charColumns);
  return result;
}

class CharAwareClient extends pg.Client {
  query(config, values, callback) {
    if (typeof config?.submit === 'function') return super.query(config, values, callback);
    if (typeof values === 'function') {
      callback = values;
      values = undefined;
    }
    if (callback) {
      return super.query(config, values, (error, result) => callback(error, error ? result : relabelCharColumns(result)));
    }
    return super.query(config, values).then(relabelCharColumns);
  }
}

function restoreCharColumns(resultSet) {
  for (const index of charColumnsByRows.get(resultSet.rows) ?? []) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
  return resultSet;
}

function withCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => restoreCharColumns(await queryRaw(query));
  return queryable;
}

// The stock executeScript splits a migration at every `;`, inside a function body's
// dollar quotes too. PostgreSQL's simple query protocol takes the whole script at once (as
// Prisma's own engine sends it), statements and quoting as written.
function withWholeScripts(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

function withCharColumnsEverywhere(adapter) {
  withWholeScripts(adapter);
  withCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => withCharColumns(await startTransaction(...args));
  return adapter;
}

/** Connection options taken from the URL; `?schema=` selects the PostgreSQL schema as in Prisma. */
export function describeDatasource(url) {
  const parsed = new URL(url);
  return {
    url,
    schema: parsed.searchParams.get('schema') ?? undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || undefined,
  };
}

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

function poolConfig(url) {
  return { connectionString: url, Client: CharAwareClient, max: 4 };
}

async function runOnce(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

class OfflinePgFactory extends PrismaPg {
  constructor(url, schema) {
    super(poolConfig(url), schema ? { schema } : undefined);
    this.url = url;
    this.schema = schema;
  }

  async connect() {
    return withCharColumnsEverywhere(await super.connect());
  }

  // The stock version spreads `database` into a config whose connectionString wins over
  // it, and drops the database while its pool still holds connections. Here the shadow
  // database gets its own URL, and its pool is closed before a forced drop.
  async connectToShadowDb() {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await runOnce(this.url, `CREATE DATABASE ${quoteIdent(name)}`);
    const shadowFactory = new PrismaPg(poolConfig(withDatabase(this.url, name)), this.schema ? { schema: this.schema } : undefined);
    const adapter = withCharColumnsEverywhere(await shadowFactory.connect());
    const closePool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await closePool();
      await runOnce(this.url, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    };
    return adapter;
  }
}

export function createAdapterFactory(url) {
  const { schema } = describeDatasource(url);
  return bindMigrationAwareSqlAdapterFactory(new OfflinePgFactory(url, schema));
}
