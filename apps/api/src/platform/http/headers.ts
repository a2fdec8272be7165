import {
  API_KEY_HEADER,
  AUTHORIZATION_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  IF_MATCH_HEADER,
  IF_NONE_MATCH_HEADER,
  REQUEST_ID_HEADER,
  TENANT_ID_HEADER,
} from '@access/contract/constants';

/**
 * The request headers the API reads itself, spelled as the document spells them
 * (@access/contract/constants), in the lower case Node gives header names: the one spelling of
 * each in the service.
 */
export const HEADER = {
  authorization: AUTHORIZATION_HEADER.toLowerCase(),
  apiKey: API_KEY_HEADER.toLowerCase(),
  tenantId: TENANT_ID_HEADER.toLowerCase(),
  requestId: REQUEST_ID_HEADER.toLowerCase(),
  idempotencyKey: IDEMPOTENCY_KEY_HEADER.toLowerCase(),
  ifMatch: IF_MATCH_HEADER.toLowerCase(),
  ifNoneMatch: IF_NONE_MATCH_HEADER.toLowerCase(),
} as const;
