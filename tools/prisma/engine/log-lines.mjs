// Writes log records in the JSON-lines shape the Prisma CLI parses from the engine's stderr.
const TARGET = 'schema_engine::logger';

export function writeLogRecord(level, message, extraFields = {}) {
  process.stderr.write(
    `${JSON.stringify({ timestamp: new Date().toISOString(), level, target: TARGET, fields: { message, ...extraFields } })}\n`,
  );
}
