/** Header names fixed by the contract, spelled as the document spells them. */
export const TENANT_ID_HEADER = 'X-Tenant-ID';
export const REQUEST_ID_HEADER = 'X-Request-Id';
export const API_KEY_HEADER = 'X-API-Key';
