// The workspace's own lint rules: architecture that is enforced, not remembered (twenty's
// twenty-eslint-rules is the model). Each rule's spec shows what it refuses. The folder is not
// tools/eslint-rules: @nx/eslint-plugin loads that one as a TypeScript plugin of its own and logs an
// error on every lint run when it has no tsconfig.json; eslint.config.mjs imports this one directly.
module.exports = {
  meta: { name: 'access' },
  rules: {
    'repositories-return-outcomes': require('./repositories-return-outcomes.cjs'),
    'refusals-in-errors-files': require('./refusals-in-errors-files.cjs'),
    'platform-below-domains': require('./platform-below-domains.cjs'),
    'test-kind-in-name': require('./test-kind-in-name.cjs'),
  },
};
