import type { Rule } from 'eslint';

/** The workspace's ESLint plugin (index.cjs): its rules by name. */
declare const plugin: {
  meta: { name: string };
  rules: Record<
    'repositories-return-outcomes' | 'refusals-in-errors-files' | 'platform-below-domains' | 'test-kind-in-name',
    Rule.RuleModule
  >;
};
export = plugin;
