// Parses the command line the Prisma CLI gives a schema-engine binary.
export function parseArgs(argv) {
  const options = { datamodels: [], datasource: undefined, cliCommand: undefined, version: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--datamodels') options.datamodels.push(argv[++i]);
    else if (arg === '--datasource') options.datasource = JSON.parse(argv[++i]);
    else if (arg === '--version' || arg === '-V') options.version = true;
    else if (arg === 'cli') options.cliCommand = argv[++i];
    // Other flags (--enabled-preview-features, --extension-types) carry nothing the wasm
    // engine needs: it reads preview features from the schema itself.
    else if (arg.startsWith('--')) i += 1;
  }
  return options;
}
