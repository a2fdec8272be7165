// The workspace's own lint rules: architecture that is enforced, not remembered (twenty's
// twenty-eslint-rules is the model). Each rule's spec shows what it refuses.
module.exports = {
  meta: { name: 'access' },
  rules: {
    'repositories-return-outcomes': require('./repositories-return-outcomes.cjs'),
    'refusals-in-errors-files': require('./refusals-in-errors-files.cjs'),
    'platform-below-domains': require('./platform-below-domains.cjs'),
    'test-kind-in-name': require('./test-kind-in-name.cjs'),
  },
};
