// A repository says what the database decided (a row, or an outcome such as 'email_taken'); its
// service words the refusal from the domain's errors file. So a repository builds no HTTP error.
const { importedPath, workspacePath } = require('./paths.cjs');

const isException = (name) => typeof name === 'string' && /Exception$/.test(name);

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Repositories return outcomes and never build HTTP errors (ApiException, NestJS exceptions, the HTTP platform).' },
    messages: {
      import:
        'A repository returns outcomes; it does not import {{what}}. Return what the database decided and let the service word the refusal.',
      throw:
        'A repository returns outcomes; it does not throw {{what}}. Return what the database decided and let the service word the refusal.',
    },
    schema: [],
  },
  create(context) {
    if (!/\.repository\.ts$/.test(workspacePath(context.filename))) return {};
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        const exceptions = node.specifiers.filter((s) => s.type === 'ImportSpecifier' && isException(s.imported.name));
        const target = importedPath(context.filename, source) ?? '';
        if (source === '@access/errors' || target.includes('/platform/http/') || (source.startsWith('@nestjs/') && exceptions.length > 0)) {
          context.report({ node, messageId: 'import', data: { what: source } });
        }
      },
      ThrowStatement(node) {
        const thrown = node.argument;
        if (thrown && thrown.type === 'NewExpression' && thrown.callee.type === 'Identifier' && isException(thrown.callee.name)) {
          context.report({ node, messageId: 'throw', data: { what: thrown.callee.name } });
        }
      },
    };
  },
};
