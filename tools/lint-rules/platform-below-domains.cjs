// The platform (http, contract, auth, config, …) is what domains stand on: it knows no domain,
// and nothing of the composition root (app/) or the operator commands (cli/) that wire them.
const { importedPath, workspacePath } = require('./paths.cjs');

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'apps/*/src/platform imports no domain, nor app/ or cli/.' },
    messages: { upward: 'The platform does not import {{what}}: domains build on the platform, not the other way round.' },
    schema: [],
  },
  create(context) {
    const file = workspacePath(context.filename);
    const app = /^(apps\/[^/]+\/src)\/platform\//.exec(file)?.[1];
    if (!app) return {};
    const above = [`${app}/domains/`, `${app}/app/`, `${app}/cli/`, `${app}/main`];
    return {
      ImportDeclaration(node) {
        const target = importedPath(context.filename, node.source.value);
        if (target && above.some((prefix) => target.startsWith(prefix))) {
          context.report({ node, messageId: 'upward', data: { what: node.source.value } });
        }
      },
    };
  },
};
