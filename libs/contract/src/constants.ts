/**
 * @access/contract/constants: the values the document fixes (header names, page limits),
 * without the document itself, for code that must stay small (the client library).
 */
export * from './generated/constants';
