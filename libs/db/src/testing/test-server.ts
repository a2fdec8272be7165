// Where the test PostgreSQL of this Jest run lives, handed from globalSetup to the test
// workers through environment variables (workers inherit the parent's environment).
export const SERVER_URL_ENV = 'ACCESS_DB_TEST_SERVER_URL';
export const TEMPLATE_ENV = 'ACCESS_DB_TEST_TEMPLATE';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
