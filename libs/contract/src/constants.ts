/**
 * @access/contract/constants: the values the document fixes (header names, page limits) and
 * what its formats mean (UUID_PATTERN), without the document itself, for code that must stay
 * small (the client library) or framework-free (@access/auth).
 */
export * from './generated/constants';
export { isUuid, UUID_PATTERN } from './lib/formats';
