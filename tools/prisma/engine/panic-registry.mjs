// The wasm engine reports a Rust panic by handing its message to a global registry that
// Prisma's own hosts install, then trapping. We install one so panics surface as the
// native engine's "is_panic" errors instead of a TypeError inside the glue code.
let lastPanicMessage;

export function installPanicRegistry() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message) {
      lastPanicMessage = message;
    },
  };
}

export function takePanicMessage() {
  const message = lastPanicMessage;
  lastPanicMessage = undefined;
  return message;
}
