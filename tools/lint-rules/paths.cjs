// Where a file sits in the workspace, for the rules that depend on it (forward slashes, from the root).
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');

/** The file's path from the workspace root. */
function workspacePath(filename) {
  return path.relative(ROOT, filename).split(path.sep).join('/');
}

/** Where a relative import of `filename` points, from the workspace root (no extension added); undefined for a package. */
function importedPath(filename, source) {
  if (!source.startsWith('.')) return undefined;
  return workspacePath(path.resolve(path.dirname(filename), source));
}

module.exports = { workspacePath, importedPath };
