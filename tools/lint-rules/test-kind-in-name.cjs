// One test layout: what a test stands on shows in its name.
//   *.spec.ts      unit: no database, no running API
//   *.db.spec.ts   on a real PostgreSQL (its own database from @access/db/testing), no HTTP
//   *.e2e.spec.ts  the API (or a command) running, driven over HTTP or as a process
const { importedPath, workspacePath } = require('./paths.cjs');

const DATABASE = [/\/libs\/db\/src\/testing(\/index)?$/, /\/support\/keyset-list$/];
const RUNNING = [/\/support\/start-test-app$/, /\/support\/api-process$/, /\/src\/app\/create-app$/, /\/support\/provider-harness$/];

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'A test that uses a database is *.db.spec.ts (or *.e2e.spec.ts); one that runs the API is *.e2e.spec.ts.' },
    messages: {
      database: '{{what}} gives this test a real database: name it *.db.spec.ts (or *.e2e.spec.ts if it also runs the API).',
      running: '{{what}} runs the API: name this test *.e2e.spec.ts.',
    },
    schema: [],
  },
  create(context) {
    const file = workspacePath(context.filename);
    if (!file.endsWith('.spec.ts')) return {};
    const kind = file.endsWith('.e2e.spec.ts') ? 'e2e' : file.endsWith('.db.spec.ts') ? 'db' : 'unit';
    if (kind === 'e2e') return {};
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        const target = `/${importedPath(context.filename, source) ?? source}`;
        if (RUNNING.some((pattern) => pattern.test(target))) {
          context.report({ node, messageId: 'running', data: { what: source } });
        } else if (kind === 'unit' && (source === '@access/db/testing' || DATABASE.some((pattern) => pattern.test(target)))) {
          context.report({ node, messageId: 'database', data: { what: source } });
        }
      },
    };
  },
};
