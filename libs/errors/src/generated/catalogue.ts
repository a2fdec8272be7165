/**
 * GENERATED FILE, do not edit. Produced by tools/contract/generate.ts from openapi/components/schemas/error-codes.yaml (components.schemas.ErrorCode).
 * Run `npm run contract:generate` after changing the document; `npm run contract:check`
 * fails when this file is stale.
 */

/** Every error the API can answer with, by slug: 8-digit code, HTTP status, domain, default message, what the caller should do. */
export const ERRORS = {
  "validation_failed": {
    "code": "validation_failed",
    "errorCode": "40000001",
    "status": 400,
    "message": "The request has invalid values; see errors for each one.",
    "remedy": "Correct each value that errors points to (location and JSON pointer), then send the request again.",
    "domain": "00"
  },
  "malformed_json": {
    "code": "malformed_json",
    "errorCode": "40000002",
    "status": 400,
    "message": "The request body is not valid JSON.",
    "remedy": "Send a body that is valid JSON (RFC 8259), encoded as UTF-8.",
    "domain": "00"
  },
  "invalid_cursor": {
    "code": "invalid_cursor",
    "errorCode": "40000003",
    "status": 400,
    "message": "The pagination cursor is not valid for this list.",
    "remedy": "Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.",
    "domain": "00"
  },
  "bad_request": {
    "code": "bad_request",
    "errorCode": "40000004",
    "status": 400,
    "message": "The request could not be understood.",
    "remedy": "Fix the request framing (URL, Content-Length, headers); it cannot be understood as sent.",
    "domain": "00"
  },
  "duplicate_header": {
    "code": "duplicate_header",
    "errorCode": "40000005",
    "status": 400,
    "message": "A header that takes one value was sent more than once; see errors for each one.",
    "remedy": "Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.",
    "domain": "00"
  },
  "body_not_allowed": {
    "code": "body_not_allowed",
    "errorCode": "40000006",
    "status": 400,
    "message": "This operation takes no request body; send the request without one.",
    "remedy": "Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.",
    "domain": "00"
  },
  "not_found": {
    "code": "not_found",
    "errorCode": "40400001",
    "status": 404,
    "message": "No resource exists at this path.",
    "remedy": "Check the method and path against this reference; every operation is under /v1 except the health probes.",
    "domain": "00"
  },
  "method_not_allowed": {
    "code": "method_not_allowed",
    "errorCode": "40500001",
    "status": 405,
    "message": "This method is not allowed on this path; see the Allow header.",
    "remedy": "Use one of the methods the Allow header lists for this path.",
    "domain": "00"
  },
  "request_timeout": {
    "code": "request_timeout",
    "errorCode": "40800001",
    "status": 408,
    "message": "The request was not received in time.",
    "remedy": "Send the whole request promptly; retry on a new connection.",
    "domain": "00"
  },
  "payload_too_large": {
    "code": "payload_too_large",
    "errorCode": "41300001",
    "status": 413,
    "message": "The request body is larger than the API accepts.",
    "remedy": "Send a smaller body (at most 1 MiB unless the operator configured another limit).",
    "domain": "00"
  },
  "unsupported_media_type": {
    "code": "unsupported_media_type",
    "errorCode": "41500001",
    "status": 415,
    "message": "The request body must be sent as application/json.",
    "remedy": "Send the body with Content-Type: application/json.",
    "domain": "00"
  },
  "header_fields_too_large": {
    "code": "header_fields_too_large",
    "errorCode": "43100001",
    "status": 431,
    "message": "The request headers are larger than the API accepts.",
    "remedy": "Send fewer or shorter headers (cookies and tokens are the usual cause).",
    "domain": "00"
  },
  "precondition_failed": {
    "code": "precondition_failed",
    "errorCode": "41200040",
    "status": 412,
    "message": "The resource has changed since the version the request names in If-Match; nothing was changed.",
    "remedy": "Read the resource again (GET), apply your change to what it is now, and send it with the new ETag in If-Match.",
    "domain": "00"
  },
  "idempotency_key_reused": {
    "code": "idempotency_key_reused",
    "errorCode": "42200040",
    "status": 422,
    "message": "This Idempotency-Key was used for another request (another body or another path).",
    "remedy": "Use a new Idempotency-Key for each new request; send the same key only to retry the very same request.",
    "domain": "00"
  },
  "idempotency_key_in_progress": {
    "code": "idempotency_key_in_progress",
    "errorCode": "40900040",
    "status": 409,
    "message": "The first request with this Idempotency-Key is still running.",
    "remedy": "Wait for the seconds in Retry-After, then retry with the same key: you will get the first request's outcome.",
    "domain": "00"
  },
  "idempotency_replay_withheld": {
    "code": "idempotency_replay_withheld",
    "errorCode": "40900041",
    "status": 409,
    "message": "The first request with this Idempotency-Key created the resource, but its answer showed a secret once and is not kept.",
    "remedy": "The resource exists (details.location). If you did not receive its secret, revoke it there and create another with a new key.",
    "domain": "00"
  },
  "precondition_required": {
    "code": "precondition_required",
    "errorCode": "42800040",
    "status": 428,
    "message": "This service requires If-Match to change a resource, so that no change overwrites another unseen.",
    "remedy": "Read the resource (GET), then send its ETag in If-Match with the change.",
    "domain": "00"
  },
  "internal_error": {
    "code": "internal_error",
    "errorCode": "50000001",
    "status": 500,
    "message": "An unexpected error occurred; quote the requestId when reporting it.",
    "remedy": "Retry later; if it persists, report it with the requestId.",
    "domain": "00"
  },
  "service_unavailable": {
    "code": "service_unavailable",
    "errorCode": "50300001",
    "status": 503,
    "message": "The service is not ready to take requests.",
    "remedy": "Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.",
    "domain": "00"
  },
  "database_unavailable": {
    "code": "database_unavailable",
    "errorCode": "50300002",
    "status": 503,
    "message": "The database cannot be reached; retry after the Retry-After delay.",
    "remedy": "Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.",
    "domain": "00"
  },
  "database_timeout": {
    "code": "database_timeout",
    "errorCode": "50300003",
    "status": 503,
    "message": "The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay.",
    "remedy": "Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.",
    "domain": "00"
  },
  "shutting_down": {
    "code": "shutting_down",
    "errorCode": "50300004",
    "status": 503,
    "message": "This instance is shutting down; retry after the Retry-After delay.",
    "remedy": "Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.",
    "domain": "00"
  },
  "conflicting_credentials": {
    "code": "conflicting_credentials",
    "errorCode": "40040001",
    "status": 400,
    "message": "Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both.",
    "remedy": "Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.",
    "domain": "40"
  },
  "unauthenticated": {
    "code": "unauthenticated",
    "errorCode": "40140001",
    "status": 401,
    "message": "A valid credential is required.",
    "remedy": "Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.",
    "domain": "40"
  },
  "tenant_mismatch": {
    "code": "tenant_mismatch",
    "errorCode": "40340001",
    "status": 403,
    "message": "X-Tenant-ID does not name the tenant of the credential.",
    "remedy": "Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.",
    "domain": "40"
  },
  "forbidden": {
    "code": "forbidden",
    "errorCode": "40340002",
    "status": 403,
    "message": "The credential is not allowed to perform this operation.",
    "remedy": "Use a credential whose roles or key kind allow this operation; notices says which policy decided.",
    "domain": "40"
  },
  "insufficient_scope": {
    "code": "insufficient_scope",
    "errorCode": "40340003",
    "status": 403,
    "message": "The service token lacks the scope this operation requires.",
    "remedy": "Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).",
    "domain": "40"
  },
  "tenant_suspended": {
    "code": "tenant_suspended",
    "errorCode": "40340101",
    "status": 403,
    "message": "The tenant of this credential is suspended.",
    "remedy": "Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.",
    "domain": "40"
  },
  "tenant_not_found": {
    "code": "tenant_not_found",
    "errorCode": "40440101",
    "status": 404,
    "message": "No tenant with this id exists.",
    "remedy": "Check the tenant id; it may have been deleted.",
    "domain": "40"
  },
  "role_not_found": {
    "code": "role_not_found",
    "errorCode": "40440102",
    "status": 404,
    "message": "No role with this id exists in the tenant.",
    "remedy": "Check the role id; it may have been deleted or belong to another tenant.",
    "domain": "40"
  },
  "api_key_not_found": {
    "code": "api_key_not_found",
    "errorCode": "40440103",
    "status": 404,
    "message": "No API key with this id exists in the tenant.",
    "remedy": "Check the API key id (not its prefix); it may belong to another tenant.",
    "domain": "40"
  },
  "tenant_has_users": {
    "code": "tenant_has_users",
    "errorCode": "40940101",
    "status": 409,
    "message": "The tenant still has users besides its owner.",
    "remedy": "Delete its users first, or send with_users=true to delete the tenant with every user and row of it in one transaction.",
    "domain": "40"
  },
  "role_exists": {
    "code": "role_exists",
    "errorCode": "40940102",
    "status": 409,
    "message": "A role with this name already exists in the tenant.",
    "remedy": "Choose another name, or use the existing role.",
    "domain": "40"
  },
  "role_protected": {
    "code": "role_protected",
    "errorCode": "40940103",
    "status": 409,
    "message": "The built-in roles admin and member cannot be renamed or deleted.",
    "remedy": "Leave admin and member as they are; create a role of your own instead.",
    "domain": "40"
  },
  "role_in_use": {
    "code": "role_in_use",
    "errorCode": "40940104",
    "status": 409,
    "message": "Users still hold this role.",
    "remedy": "Remove the role from its users first, or send remove_from_users=true to remove it from them and delete it in one transaction.",
    "domain": "40"
  },
  "api_key_expiry_passed": {
    "code": "api_key_expiry_passed",
    "errorCode": "42240101",
    "status": 422,
    "message": "The expiry of the new API key is not in the future.",
    "remedy": "Send an expires_at in the future, or none for a key that does not expire.",
    "domain": "40"
  },
  "user_not_found": {
    "code": "user_not_found",
    "errorCode": "40420001",
    "status": 404,
    "message": "No user with this id exists in the tenant.",
    "remedy": "Check the user id; it may have been deleted or belong to another tenant.",
    "domain": "20"
  },
  "user_exists": {
    "code": "user_exists",
    "errorCode": "40920001",
    "status": 409,
    "message": "A user with this email already exists in the tenant.",
    "remedy": "Use another email, or fetch the existing user (listUsers with the email filter) instead of creating one.",
    "domain": "20"
  },
  "owner_protected": {
    "code": "owner_protected",
    "errorCode": "40920002",
    "status": 409,
    "message": "The tenant owner cannot be deleted or lose the admin role.",
    "remedy": "Act on another user: the tenant owner always keeps the admin role and cannot be deleted.",
    "domain": "20"
  },
  "avatar_too_large": {
    "code": "avatar_too_large",
    "errorCode": "41320001",
    "status": 413,
    "message": "The avatar is larger than 256 KiB.",
    "remedy": "Send an avatar image that decodes to at most 256 KiB.",
    "domain": "20"
  },
  "invalid_roles": {
    "code": "invalid_roles",
    "errorCode": "42220001",
    "status": 422,
    "message": "One or more roles are not defined for the tenant.",
    "remedy": "Use only role names defined for the tenant (admin, member and the tenant's own roles).",
    "domain": "20"
  },
  "identity_not_found": {
    "code": "identity_not_found",
    "errorCode": "40430001",
    "status": 404,
    "message": "No identity with this id exists for the user.",
    "remedy": "Check the identity id and the user it belongs to.",
    "domain": "30"
  },
  "identity_provider_not_found": {
    "code": "identity_provider_not_found",
    "errorCode": "40430002",
    "status": 404,
    "message": "No identity provider with this id exists in the tenant.",
    "remedy": "Check the identity provider id; list the tenant's identity providers to find it.",
    "domain": "30"
  },
  "audit_event_not_found": {
    "code": "audit_event_not_found",
    "errorCode": "40460001",
    "status": 404,
    "message": "No audit event with this id exists in the tenant.",
    "remedy": "Check the audit event id; list the tenant's audit events to find it.",
    "domain": "60"
  },
  "webhook_endpoint_not_found": {
    "code": "webhook_endpoint_not_found",
    "errorCode": "40460002",
    "status": 404,
    "message": "No webhook endpoint with this id exists in the tenant.",
    "remedy": "Check the webhook endpoint id; list the tenant's webhook endpoints to find it.",
    "domain": "60"
  },
  "webhook_delivery_not_found": {
    "code": "webhook_delivery_not_found",
    "errorCode": "40460003",
    "status": 404,
    "message": "No delivery with this id was made to the webhook endpoint.",
    "remedy": "Check the delivery id; list the endpoint's deliveries to find it.",
    "domain": "60"
  },
  "webhook_endpoint_disabled": {
    "code": "webhook_endpoint_disabled",
    "errorCode": "40960001",
    "status": 409,
    "message": "The webhook endpoint is disabled.",
    "remedy": "Enable the endpoint (PATCH with enabled: true), then redeliver.",
    "domain": "60"
  },
  "webhook_url_not_allowed": {
    "code": "webhook_url_not_allowed",
    "errorCode": "42260001",
    "status": 422,
    "message": "The webhook URL may not be used.",
    "remedy": "Use a public http(s) URL whose host resolves to public addresses only.",
    "domain": "60"
  },
  "identity_already_linked": {
    "code": "identity_already_linked",
    "errorCode": "40930001",
    "status": 409,
    "message": "This external account is already linked for the identity provider.",
    "remedy": "This external account already belongs to a user; unlink it there first, or use the existing link.",
    "domain": "30"
  },
  "user_already_linked_to_provider": {
    "code": "user_already_linked_to_provider",
    "errorCode": "40930002",
    "status": 409,
    "message": "The user already has an identity at this identity provider.",
    "remedy": "The user already has an identity at this provider; delete that identity before linking another.",
    "domain": "30"
  },
  "identity_provider_exists": {
    "code": "identity_provider_exists",
    "errorCode": "40930003",
    "status": 409,
    "message": "An identity provider with this name already exists in the tenant.",
    "remedy": "Choose another name, or use the existing identity provider.",
    "domain": "30"
  },
  "identity_provider_in_use": {
    "code": "identity_provider_in_use",
    "errorCode": "40930004",
    "status": 409,
    "message": "The identity provider still has linked identities.",
    "remedy": "Delete the identities linked through this provider first, then delete the provider.",
    "domain": "30"
  },
  "provider_user_not_found": {
    "code": "provider_user_not_found",
    "errorCode": "40450001",
    "status": 404,
    "message": "The access provider has no user with this id.",
    "remedy": "Check the provider user id, as returned by createProviderUser or a list.",
    "domain": "50"
  },
  "provider_organization_not_found": {
    "code": "provider_organization_not_found",
    "errorCode": "40450002",
    "status": 404,
    "message": "The access provider has no organization with this id.",
    "remedy": "Check the organization id at the access provider.",
    "domain": "50"
  },
  "provider_user_exists": {
    "code": "provider_user_exists",
    "errorCode": "40950001",
    "status": 409,
    "message": "The access provider already has a user with this email.",
    "remedy": "Use another email, or look up the existing provider user.",
    "domain": "50"
  },
  "provider_validation_failed": {
    "code": "provider_validation_failed",
    "errorCode": "42250001",
    "status": 422,
    "message": "The access provider refused the values; see errors for each one.",
    "remedy": "Correct the values errors points to; the access provider refused them.",
    "domain": "50"
  },
  "provider_request_refused": {
    "code": "provider_request_refused",
    "errorCode": "42250002",
    "status": 422,
    "message": "The access provider refused the request without naming a value; details.providerCode gives its reason when it sent one.",
    "remedy": "Check the request against the access provider's rules (details.providerCode names its reason when it gave one); retrying it unchanged will not help.",
    "domain": "50"
  },
  "provider_rate_limited": {
    "code": "provider_rate_limited",
    "errorCode": "42950001",
    "status": 429,
    "message": "The access provider rate-limited the request; retry after the Retry-After delay.",
    "remedy": "Wait for the number of seconds in Retry-After, then retry.",
    "domain": "50"
  },
  "provider_unavailable": {
    "code": "provider_unavailable",
    "errorCode": "50350001",
    "status": 503,
    "message": "The access provider did not answer in time or failed.",
    "remedy": "Retry later with backoff; the access provider did not answer in time or failed.",
    "domain": "50"
  },
  "provider_not_configured": {
    "code": "provider_not_configured",
    "errorCode": "50350002",
    "status": 503,
    "message": "No access provider is configured for this environment.",
    "remedy": "Ask the operator to configure an access provider (WORKOS_API_KEY or ACCESS_PROVIDER=local); retrying will not help.",
    "domain": "50"
  }
} as const;

/** The domains of the two middle digits of every errorCode. */
export const ERROR_DOMAINS = {
  "20": {
    "name": "Tenant users",
    "description": "The users of a tenant, their roles, owner flag and avatar."
  },
  "30": {
    "name": "Identities",
    "description": "Identities linking tenant users to external identity providers, and the identity providers themselves."
  },
  "40": {
    "name": "Access",
    "description": "Credentials (Bearer tokens, API keys), the X-Tenant-ID check, the authorization policies, and the administration of tenants, roles and API keys."
  },
  "50": {
    "name": "Access provider",
    "description": "Provider users held by the configured access provider (WorkOS or the built-in local provider)."
  },
  "60": {
    "name": "Audit and webhooks",
    "description": "The audit events of a tenant, its webhook endpoints and their deliveries."
  },
  "00": {
    "name": "Request and platform",
    "description": "The request as a whole (its framing, body, parameters and cursors) and the service itself."
  }
} as const;
