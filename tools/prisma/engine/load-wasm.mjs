// Loads @prisma/schema-engine-wasm without `--experimental-wasm-modules`: the package's
// entry imports its .wasm as an ES module, which Node accepts only behind that flag (or, in recent releases, as an experimental feature), so
// we compile the module ourselves and hand it the same JS glue the entry would have used.
import { URL, fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';

export async function loadSchemaEngineWasm() {
  const glueUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue = await import(glueUrl);
  const bytes = await readFile(fileURLToPath(new URL('schema_engine_bg.wasm', glueUrl)));
  const { instance } = await globalThis.WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}
