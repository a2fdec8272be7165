// Each domain words its refusals once, in its `<domain>.errors.ts`: elsewhere in a domain an
// ApiException is thrown from there, never built on the spot (which is how one error came to
// have two wordings).
const { workspacePath } = require('./paths.cjs');

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: "A domain's refusals are built only in its errors file (*.errors.ts)." },
    messages: {
      build: "Build this refusal in the domain's errors file (*.errors.ts) and throw it from there, so it has one wording.",
    },
    schema: [],
  },
  create(context) {
    const file = workspacePath(context.filename);
    if (!/^apps\/[^/]+\/src\/domains\//.test(file) || file.endsWith('.errors.ts')) return {};
    const isApiException = (node) => node.type === 'Identifier' && node.name === 'ApiException';
    return {
      NewExpression(node) {
        if (isApiException(node.callee)) context.report({ node, messageId: 'build' });
      },
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type === 'MemberExpression' && isApiException(callee.object)) context.report({ node, messageId: 'build' });
      },
    };
  },
};
