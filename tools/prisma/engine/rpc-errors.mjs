// Shapes failures as the native engine's JSON-RPC errors, which the Prisma CLI turns into
// its usual "P3xxx: …" messages (it reads data.error_code and data.message).
import { takePanicMessage } from './panic-registry.mjs';

const JSON_RPC_SERVER_ERROR = 4466;

function parseEngineError(error) {
  // The wasm engine rejects with an Error whose message is the serialised user-facing
  // error ({ is_panic, message, error_code, meta }); anything else is reported verbatim.
  const text = error instanceof Error ? error.message : String(error);
  try {
    const parsed = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && typeof parsed.message === 'string') return parsed;
  } catch {
    // not JSON: fall through
  }
  return { is_panic: false, message: text, meta: null, error_code: undefined };
}

export function toRpcError(error) {
  const panic = takePanicMessage();
  if (panic !== undefined) {
    return {
      code: JSON_RPC_SERVER_ERROR,
      message: 'An error happened. Check the data field for details.',
      data: { is_panic: true, message: panic, meta: null },
    };
  }
  const data = parseEngineError(error);
  return { code: JSON_RPC_SERVER_ERROR, message: 'An error happened. Check the data field for details.', data };
}
