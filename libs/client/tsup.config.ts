import { defineConfig } from 'tsup';

/**
 * The publishable build of @access/client: ESM and CommonJS for Node and browsers, and one
 * declaration file per format with the contract's types inlined (@access/contract is a
 * workspace alias, not a package). Only openapi-fetch stays external: it is a dependency.
 */
export default defineConfig({
  entry: { index: 'libs/client/src/index.ts' },
  outDir: 'libs/client/dist',
  tsconfig: 'libs/client/tsconfig.lib.json',
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  dts: { resolve: [/^@access\//] },
  external: ['openapi-fetch'],
  noExternal: [/^@access\//],
  clean: true,
  sourcemap: true,
  treeshake: true,
});
