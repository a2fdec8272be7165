/**
 * GENERATED FILE, do not edit. Produced by tools/contract/generate.ts (openapi-typescript
 * 7.13.0) from openapi/openapi.yaml. Run `npm run contract:generate` after changing
 * the document; `npm run contract:check` fails when this file is stale.
 */

export interface paths {
    "/v1/provider/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a provider user
         * @description Creates a user in the configured access provider. The WorkOS provider marks the email
         *     verified and keeps the mobile number in the user's metadata. Requires a service token
         *     with the `provider_users:write` scope.
         */
        post: operations["createProviderUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/provider/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Provider user identifier, as returned by createProviderUser or a list.
                 * @example user_01J7C4Q8QABCD1234XYZ
                 */
                userId: components["parameters"]["ProviderUserId"];
            };
            cookie?: never;
        };
        /**
         * Get a provider user
         * @description Returns one user of the configured access provider. Requires a service token with the
         *     `provider_users:read` scope.
         */
        get: operations["getProviderUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a provider user
         * @description Updates any of `email`, `mobileNumber`, `firstName` and `lastName` of a provider user;
         *     at least one is required. Requires a service token with the `provider_users:write`
         *     scope.
         */
        patch: operations["updateProviderUser"];
        trace?: never;
    };
    "/v1/provider/organizations/{organizationId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Provider organization identifier. In WorkOS mode this is the WorkOS organization id,
                 *     for example `org_123`.
                 * @example org_123
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the users of a provider organization
         * @description Lists the users who are members of an organization of the configured access provider,
         *     one cursor-paginated page at a time. Requires a service token with the
         *     `provider_users:read` scope.
         */
        get: operations["listProviderOrganizationUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tenants
         * @description Lists every tenant, one cursor-paginated page at a time, oldest first. Requires a
         *     service token with the `tenants:read` scope.
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Create a tenant
         * @description Creates a tenant with the roles `admin` and `member`, its owner (holding `admin`) and,
         *     when `api_keys` names kinds, a first API key of each, all in one transaction. The keys'
         *     plaintexts are in this answer only. Requires a service token with the `tenants:write`
         *     scope.
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a tenant.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                id: components["parameters"]["TenantPathId"];
            };
            cookie?: never;
        };
        /**
         * Get a tenant
         * @description Returns one tenant. Requires a service token with the `tenants:read` scope.
         */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        /**
         * Delete a tenant
         * @description Deletes a tenant with its roles, owner, API keys, identity providers and identities, in
         *     one transaction. A tenant that still has users besides its owner is refused
         *     (`409 tenant_has_users`) unless the request says `with_users=true`: deleting people's
         *     accounts is never a side effect of a retried or mistyped request. Requires a service
         *     token with the `tenants:write` scope. A DELETE takes no body: a request that carries one is refused with `400 body_not_allowed`.
         */
        delete: operations["deleteTenant"];
        options?: never;
        head?: never;
        /**
         * Rename a tenant
         * @description Renames a tenant. Requires a service token with the `tenants:write` scope.
         */
        patch: operations["updateTenant"];
        trace?: never;
    };
    "/v1/tenants/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a tenant.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                id: components["parameters"]["TenantPathId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend a tenant
         * @description Suspends a tenant: from the next request on, every user token and API key of the tenant
         *     is refused with `403 tenant_suspended` (the Cedar policy `suspended-tenant-users` or
         *     `suspended-tenant-keys` decides, reading the tenant's state on every request). Its data
         *     is kept unchanged. Suspending a suspended tenant changes nothing. Requires a service
         *     token with the `tenants:write` scope.
         */
        post: operations["suspendTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a tenant.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                id: components["parameters"]["TenantPathId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a tenant
         * @description Reactivates a suspended tenant: its users and API keys work again from the next request
         *     on. Reactivating an active tenant changes nothing. Requires a service token with the
         *     `tenants:write` scope.
         */
        post: operations["reactivateTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List roles
         * @description Lists the roles of the tenant, one cursor-paginated page at a time, oldest first.
         */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a role
         * @description Defines a role in the tenant; its name is unique in the tenant (`409 role_exists`).
         *     A role means what the Cedar policies make it mean: a new role lets users be given it
         *     (`roles` of createUser and updateUser) and grants nothing until a policy reads its name
         *     (see the README, "Roles and what they mean"). For the tenant's owner and admins.
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a role of the tenant.
                 * @example 3f6a2c1e-8d4b-4e0a-9b7c-1a2b3c4d5e6f
                 */
                id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        /**
         * Get a role
         * @description Returns one role of the tenant.
         */
        get: operations["getRole"];
        put?: never;
        post?: never;
        /**
         * Delete a role
         * @description Deletes a role of the tenant. `admin` and `member` cannot be deleted (`409 role_protected`).
         *     A role that users still hold is refused (`409 role_in_use`) unless the request says
         *     `remove_from_users=true`: then it is removed from them and deleted in one transaction.
         *     A DELETE takes no body: a request that carries one is refused with `400 body_not_allowed`.
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /**
         * Update a role
         * @description Renames a role or changes its description. Names are unique in the tenant
         *     (`409 role_exists`); `admin` and `member` keep their names (`409 role_protected`), since
         *     the policies read them. Renaming a role renames it for every user who holds it, and for
         *     every policy that reads its name: rename a role a policy names only together with the policy.
         */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Lists the API keys of the tenant, revoked and expired ones included, one
         *     cursor-paginated page at a time, oldest first: prefix, name, kind, creator, creation,
         *     last use, expiry and revocation, never the secret or its hash. Only a person (the
         *     owner or an admin) lists keys.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description Issues an API key of the tenant: `integration` or `scim`, with a name and an optional
         *     `expires_at` (in the future, `422 api_key_expiry_passed` otherwise). The answer carries
         *     the whole key once; the service keeps only its hash, so it can never be shown again.
         *     Only a person (the owner or an admin) issues keys: an API key is refused
         *     (`403 forbidden`, policy `keys-never-manage-keys`).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an API key of the tenant.
                 * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        /**
         * Get an API key
         * @description Returns one API key of the tenant, without its secret or hash. Only a person (the owner
         *     or an admin) manages keys: an API key is refused (`403 forbidden`, policy `keys-never-manage-keys`).
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes an API key: from the next request on, on every instance, it is refused with
         *     `401 unauthenticated` (keys are checked against the database on every request). The key
         *     stays listed with its `revoked_at`; revoking it again changes nothing. To rotate a key,
         *     create the new one, move its users to it, then revoke the old one: both work in between.
         *     Only a person (the owner or an admin) revokes keys. A DELETE takes no body: a request that carries one is refused with `400 body_not_allowed`.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Lists the users of the tenant, one cursor-paginated page at a time, optionally only
         *     those with an email or a role.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user in the tenant. A `local` user needs a `password`; `oidc` and `saml`
         *     users must not have one. `roles` must name roles defined for the tenant (`422
         *     invalid_roles`); the email must be unique in the tenant, case-insensitively (`409
         *     user_exists`); the avatar may decode to at most 256 KiB (`413 avatar_too_large`).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a user of the tenant.
                 * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get a user
         * @description Returns one user of the tenant.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Deletes a user of the tenant and their identities. The tenant owner cannot be deleted
         *     (`409 owner_protected`). A DELETE takes no body: a request that carries one is refused with `400 body_not_allowed`.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Updates any of `name`, `email`, `roles`, `avatar` (`null` removes it) and, for
         *     `local` users only, `password`; at least one field is required. The tenant owner
         *     cannot lose the `admin` role (`409 owner_protected`).
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/users/{id}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a user of the tenant.
                 * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List a user's identities
         * @description Lists the identities of a user, one cursor-paginated page at a time.
         */
        get: operations["listUserIdentities"];
        put?: never;
        /**
         * Link an identity to a user
         * @description Links the user to an account at one of the tenant's identity providers. `linked_by`
         *     follows the credential: a person's Bearer token → `manual`, an integration API key →
         *     `auto`, a SCIM API key → `scim`. Unknown user or identity provider → `404`; an
         *     `external_id` already linked at that provider → `409 identity_already_linked`.
         */
        post: operations["createUserIdentity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}/identities/{identityId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a user of the tenant.
                 * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
                 */
                id: components["parameters"]["UserId"];
                /**
                 * @description The id of an identity of the user.
                 * @example 5d1c8e2a-9b7f-4f0e-a3c6-7e4b2d9f1a08
                 */
                identityId: components["parameters"]["IdentityId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Unlink an identity from a user
         * @description Deletes one identity of the user. A DELETE takes no body: a request that carries one is refused with `400 body_not_allowed`.
         */
        delete: operations["deleteUserIdentity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List identity providers
         * @description Lists the identity providers of the tenant, one cursor-paginated page at a time.
         */
        get: operations["listIdentityProviders"];
        put?: never;
        /**
         * Create an identity provider
         * @description Adds an external identity provider to the tenant. Names are unique in the tenant
         *     (`409 identity_provider_exists`).
         */
        post: operations["createIdentityProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity-providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an identity provider of the tenant.
                 * @example 7c2e4a10-3f5b-4d8e-9a61-2b0c9d8e7f54
                 */
                id: components["parameters"]["IdentityProviderId"];
            };
            cookie?: never;
        };
        /**
         * Get an identity provider
         * @description Returns one identity provider of the tenant.
         */
        get: operations["getIdentityProvider"];
        put?: never;
        post?: never;
        /**
         * Delete an identity provider
         * @description Deletes an identity provider of the tenant. One that still has linked identities is
         *     refused (`409 identity_provider_in_use`). A DELETE takes no body: a request that carries one is refused with `400 body_not_allowed`.
         */
        delete: operations["deleteIdentityProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Lists the tenant's audit events, oldest first, one cursor-paginated page at a time,
         *     optionally only those of one type, one actor, one resource, or a time range. Every change
         *     of state is recorded in the transaction of the change itself, with its actor, its request
         *     id and, for updates, each changed field before and after; passwords, hashes, secrets and
         *     keys never are. The tenant's owner and admins may read them; API keys may not.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of an audit event of the tenant.
                 * @example 5d1c8b7e-0a3f-4e2d-9b6c-7f8e9a0b1c2d
                 */
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        /**
         * Get an audit event
         * @description Returns one audit event of the tenant.
         */
        get: operations["getAuditEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Lists the tenant's webhook endpoints (never their secrets), one cursor-paginated page at a time.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Register a webhook endpoint
         * @description Registers a URL to which the tenant's audit events of the chosen types are delivered,
         *     signed as Standard Webhooks specifies. The answer carries the endpoint's signing secret:
         *     it is shown only in this answer, never again. Deliveries are retried with exponential
         *     backoff for about a day; an endpoint whose delivery fails past the last retry is
         *     disabled (`webhook_endpoint.disabled`).
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a webhook endpoint of the tenant.
                 * @example 3b1f0e6a-8c2d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description Returns one webhook endpoint of the tenant (never its secret).
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description Deletes the endpoint and its deliveries; nothing more is sent to it. A DELETE takes no body: a request that carries one is refused with `400 body_not_allowed`.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Update a webhook endpoint
         * @description Changes the URL, event types, description, or enables or disables the endpoint. Its secret never changes.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a webhook endpoint of the tenant.
                 * @example 3b1f0e6a-8c2d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        /**
         * List an endpoint's deliveries
         * @description Lists the deliveries to one endpoint, oldest first, each with every attempt made.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The id of a webhook endpoint of the tenant.
                 * @example 3b1f0e6a-8c2d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["WebhookEndpointId"];
                /**
                 * @description The id of a delivery to the endpoint.
                 * @example 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f6e
                 */
                deliveryId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver an event
         * @description Sends a delivery's event to the endpoint again, as a new delivery with its own attempts
         *     and retries (the same `webhook-id`, so a receiver that already has it can drop it). The
         *     endpoint must be enabled.
         */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness probe
         * @description Answers 200 while the process runs. Needs no credential and no tenant. Like every
         *     operation it refuses unknown query parameters and a malformed `X-Request-Id` (400).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness probe
         * @description Answers 200 when the service can take requests (its database answers), 503
         *     `service_unavailable` when the database does not answer, and 503 `shutting_down` (with
         *     `Retry-After`) from the moment this instance starts shutting down. Needs no credential and
         *     no tenant. Like every operation it refuses unknown query parameters and a malformed
         *     `X-Request-Id` (400).
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    auditEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An audit event, delivered
         * @description What a registered endpoint receives for each audit event of the types it subscribed
         *     to, at least once, signed as Standard Webhooks specifies (`webhook-id`,
         *     `webhook-timestamp`, `webhook-signature` headers). Verify it with the endpoint's secret
         *     (the `standardwebhooks` package, or `verifyWebhook` of `@access/client`) and answer
         *     2xx within 10 seconds; any other answer, or none, is retried with exponential backoff
         *     for about a day.
         */
        post: operations["receiveAuditEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description The one error envelope of the API. `code` and `errorCode` identify the error (see
         *     `ErrorCode`); `errors` has one entry per offending value; `notices` carries the
         *     human-readable notes of the authorization policies that decided a refusal. Every
         *     field is always present (`details`, `errors` and `notices` may be empty).
         */
        Error: {
            code: components["schemas"]["ErrorCode"];
            /**
             * @description The 8-digit error code: HTTP status (3 digits), domain (2), number (3).
             * @example 40340001
             */
            errorCode: string;
            /**
             * @description A human-readable description of the error. Do not parse it.
             * @example X-Tenant-ID does not name the tenant of the credential.
             */
            message: string;
            /**
             * @description Machine-readable context about the error (often empty).
             * @example {}
             */
            details: {
                [key: string]: unknown;
            };
            /** @description One entry per offending value in the request. */
            errors: components["schemas"]["FieldError"][];
            /** @description Notes of the authorization policies that decided a refusal, when any did. */
            notices: string[];
            /**
             * @description The request id, as in the `X-Request-Id` response header.
             * @example req_7f3c2a9d1e
             */
            requestId: string;
        };
        /** @description One offending value of the request. */
        FieldError: {
            /**
             * @description Human-readable detail for this value.
             * @example must be an email address
             */
            detail: string;
            /**
             * @description A JSON pointer (RFC 6901) to the offending value inside the part of the request
             *     named by `location`: `/email` in the body, `/limit` in the query, `/id` in the
             *     path, `/x-tenant-id` in the headers (header names in lower case). The empty
             *     pointer names the whole part.
             * @example /email
             */
            pointer: string;
            /**
             * @description The part of the request the pointer refers to.
             * @default body
             * @example body
             * @enum {string}
             */
            location: "body" | "query" | "path" | "header";
        };
        /**
         * @description A stable, machine-readable error slug. Each value carries its 8-digit code
         *     (`x-error-code`: HTTP status, two-digit domain, three-digit number), its HTTP status
         *     (`x-http-status`), its default message (the description) and what the caller should do
         *     about it (`x-remedy`). This list is the one error catalogue: the service's catalogue
         *     (libs/errors) and the reference's error page are generated from it.
         */
        ErrorCode: string & ("validation_failed" | "malformed_json" | "invalid_cursor" | "bad_request" | "duplicate_header" | "body_not_allowed" | "not_found" | "method_not_allowed" | "request_timeout" | "payload_too_large" | "unsupported_media_type" | "header_fields_too_large" | "precondition_failed" | "idempotency_key_reused" | "idempotency_key_in_progress" | "idempotency_replay_withheld" | "precondition_required" | "internal_error" | "service_unavailable" | "database_unavailable" | "database_timeout" | "shutting_down" | "conflicting_credentials" | "unauthenticated" | "tenant_mismatch" | "forbidden" | "insufficient_scope" | "tenant_suspended" | "tenant_not_found" | "role_not_found" | "api_key_not_found" | "tenant_has_users" | "role_exists" | "role_protected" | "role_in_use" | "api_key_expiry_passed" | "user_not_found" | "user_exists" | "owner_protected" | "avatar_too_large" | "invalid_roles" | "identity_not_found" | "identity_provider_not_found" | "audit_event_not_found" | "webhook_endpoint_not_found" | "webhook_delivery_not_found" | "webhook_endpoint_disabled" | "webhook_url_not_allowed" | "identity_already_linked" | "user_already_linked_to_provider" | "identity_provider_exists" | "identity_provider_in_use" | "provider_user_not_found" | "provider_organization_not_found" | "provider_user_exists" | "provider_validation_failed" | "provider_request_refused" | "provider_rate_limited" | "provider_unavailable" | "provider_not_configured");
        /**
         * Format: uuid
         * @description A UUID (RFC 9562), case-insensitive.
         * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
         */
        Uuid: string;
        /**
         * Format: date-time
         * @description An RFC 3339 timestamp in UTC.
         * @example 2026-11-02T09:30:00.000Z
         */
        Timestamp: string;
        /**
         * Format: email
         * @description An email address (RFC 5321 length limit). Compared case-insensitively.
         * @example alex@example.com
         */
        Email: string;
        /**
         * @description An opaque pagination cursor. Pass it back unchanged; never build one.
         * @example eyJpZCI6IjBiOWY2YzFlIn0
         */
        Cursor: string;
        /**
         * Format: int32
         * @description Maximum number of items to return.
         * @default 100
         * @example 25
         */
        PageLimit: number;
        /** @description Cursor pagination metadata for forward and backward paging. */
        Pagination: {
            /**
             * @description Whether another page exists after `nextCursor`.
             * @example true
             */
            hasNextPage: boolean;
            /**
             * @description Whether another page exists before `previousCursor`.
             * @example false
             */
            hasPreviousPage: boolean;
            /** @description Cursor to pass as `after` for the next page; `null` when there is none. */
            nextCursor: components["schemas"]["Cursor"] | null;
            /** @description Cursor to pass as `before` for the previous page; `null` when there is none. */
            previousCursor: components["schemas"]["Cursor"] | null;
        };
        /**
         * @description The query string of a paginated list, as one object. Unknown parameters are refused;
         *     `before` and `after` are mutually exclusive.
         */
        PageQuery: {
            before?: components["schemas"]["Cursor"];
            after?: components["schemas"]["Cursor"];
            limit?: components["schemas"]["PageLimit"];
        };
        /**
         * @description The name of the tenant (a customer organisation); need not be unique.
         * @example Acme Corp
         */
        TenantName: string;
        /**
         * @description `suspended`: every user token and API key of the tenant is refused with
         *     `403 tenant_suspended` until it is reactivated; its data is kept unchanged.
         * @example active
         * @enum {string}
         */
        TenantStatus: "active" | "suspended";
        /**
         * @description A tenant, as an operator sees it.
         * @example {
         *       "id": "2489e9ad-2ee2-4e00-8ec9-32d5f69181c0",
         *       "name": "Acme Corp",
         *       "status": "active",
         *       "suspended_at": null,
         *       "created_at": "2026-11-02T09:30:00.000Z",
         *       "updated_at": "2026-11-02T09:30:00.000Z"
         *     }
         */
        Tenant: {
            id: components["schemas"]["Uuid"];
            name: components["schemas"]["TenantName"];
            status: components["schemas"]["TenantStatus"];
            /** @description When the tenant was suspended; null while it is active. */
            suspended_at: components["schemas"]["Timestamp"] | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /** @description The tenant's first user, its owner (holds `admin`, cannot be deleted). */
        TenantOwnerInput: {
            email: components["schemas"]["Email"];
            name: components["schemas"]["DisplayName"];
        };
        /**
         * @description A new tenant. It is created with the roles `admin` and `member`, its owner (holding
         *     `admin`) and, when `api_keys` asks for them, first API keys shown once in the answer.
         * @example {
         *       "name": "Acme Corp",
         *       "owner": {
         *         "email": "it@acme.example.com",
         *         "name": "Acme IT"
         *       },
         *       "api_keys": [
         *         "integration"
         *       ]
         *     }
         */
        CreateTenantRequest: {
            name: components["schemas"]["TenantName"];
            owner: components["schemas"]["TenantOwnerInput"];
            /** @description The kinds of the first API keys to issue (each at most once). */
            api_keys?: components["schemas"]["ApiKeyKind"][];
        };
        /** @description The owner of a new tenant. */
        TenantOwner: {
            id: components["schemas"]["Uuid"];
            email: components["schemas"]["Email"];
            name: components["schemas"]["DisplayName"];
        };
        /** @description A new tenant, its owner and its first API keys. The keys' plaintexts are shown only here. */
        CreatedTenant: {
            tenant: components["schemas"]["Tenant"];
            owner: components["schemas"]["TenantOwner"];
            api_keys: components["schemas"]["CreatedApiKey"][];
        };
        /**
         * @description Renames a tenant.
         * @example {
         *       "name": "Acme Corporation"
         *     }
         */
        UpdateTenantRequest: {
            name: components["schemas"]["TenantName"];
        };
        /** @description One page of tenants, oldest first. */
        TenantList: {
            data: components["schemas"]["Tenant"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The query string of deleteTenant, as one object. Unknown parameters are refused. */
        DeleteTenantQuery: {
            with_users?: components["schemas"]["WithUsers"];
        };
        /**
         * @description `true` deletes a tenant that still has users besides its owner, with every row of it,
         *     in one transaction. Without it such a tenant is refused (`409 tenant_has_users`).
         * @default false
         * @enum {string}
         */
        WithUsers: "true" | "false";
        /**
         * @description What the role is for, in words (its meaning comes from the Cedar policies that read its name).
         * @example Reads and answers support tickets.
         */
        RoleDescription: string;
        /**
         * @description A role of the tenant. `admin` and `member` are built in and cannot be renamed or deleted.
         * @example {
         *       "id": "3f6a2c1e-8d4b-4e0a-9b7c-1a2b3c4d5e6f",
         *       "name": "support",
         *       "description": "Reads and answers support tickets.",
         *       "built_in": false,
         *       "created_at": "2026-11-02T09:30:00.000Z",
         *       "updated_at": "2026-11-02T09:30:00.000Z"
         *     }
         */
        Role: {
            id: components["schemas"]["Uuid"];
            name: components["schemas"]["RoleName"];
            description: components["schemas"]["RoleDescription"] | null;
            /** @description True for `admin` and `member`, which every tenant has and keeps. */
            built_in: boolean;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description A new role; its name must be unique in the tenant (`409 role_exists`).
         * @example {
         *       "name": "support",
         *       "description": "Reads and answers support tickets."
         *     }
         */
        CreateRoleRequest: {
            name: components["schemas"]["RoleName"];
            description?: components["schemas"]["RoleDescription"];
        };
        /**
         * @description A new name or description; at least one. `admin` and `member` cannot be renamed.
         * @example {
         *       "description": "Reads support tickets."
         *     }
         */
        UpdateRoleRequest: {
            name?: components["schemas"]["RoleName"];
            description?: components["schemas"]["RoleDescription"] | null;
        };
        /** @description One page of the roles of the tenant, oldest first. */
        RoleList: {
            data: components["schemas"]["Role"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description The query string of deleteRole, as one object. Unknown parameters are refused. */
        DeleteRoleQuery: {
            remove_from_users?: components["schemas"]["RemoveFromUsers"];
        };
        /**
         * @description `true` deletes a role that users still hold, removing it from them in the same
         *     transaction. Without it such a role is refused (`409 role_in_use`).
         * @default false
         * @enum {string}
         */
        RemoveFromUsers: "true" | "false";
        /**
         * @description `integration` keys link identities as `linked_by: auto`, `scim` keys as `linked_by: scim`;
         *     both may read users and identity providers to do so. No key manages roles or keys.
         * @example integration
         * @enum {string}
         */
        ApiKeyKind: "integration" | "scim";
        /**
         * @description A label for the key, for the people who manage it.
         * @example Okta provisioning
         */
        ApiKeyName: string;
        /**
         * @description An API key of the tenant, never with its secret or its hash.
         * @example {
         *       "id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "prefix": "ak_i_k7mq2xw4bdzt",
         *       "name": "Okta provisioning",
         *       "kind": "integration",
         *       "created_by": "0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10",
         *       "created_at": "2026-11-02T09:30:00.000Z",
         *       "last_used_at": null,
         *       "expires_at": "2027-11-02T00:00:00.000Z",
         *       "revoked_at": null
         *     }
         */
        ApiKey: {
            id: components["schemas"]["Uuid"];
            /** @description The public start of the key (`ak_i_…` integration, `ak_s_…` SCIM), to recognise it. */
            prefix: string;
            name: components["schemas"]["ApiKeyName"];
            kind: components["schemas"]["ApiKeyKind"];
            /** @description The id of the user who issued the key; null for keys an operator issued. */
            created_by: components["schemas"]["Uuid"] | null;
            created_at: components["schemas"]["Timestamp"];
            /** @description About when the key was last used (to within a minute); null if never. */
            last_used_at: components["schemas"]["Timestamp"] | null;
            /** @description When the key stops working; null if it does not expire. */
            expires_at: components["schemas"]["Timestamp"] | null;
            /** @description When the key was revoked; null while it is not. */
            revoked_at: components["schemas"]["Timestamp"] | null;
        };
        /** @description A new API key with its plaintext `key`, shown only in this answer; the service keeps only its hash. */
        CreatedApiKey: {
            api_key: components["schemas"]["ApiKey"];
            /** @description The whole key, to send as `X-API-Key`. Store it now; it cannot be shown again. */
            key: string;
        };
        /**
         * @description A new API key. `expires_at`, when given, must be in the future.
         * @example {
         *       "kind": "integration",
         *       "name": "Okta provisioning",
         *       "expires_at": "2027-11-02T00:00:00.000Z"
         *     }
         */
        CreateApiKeyRequest: {
            kind: components["schemas"]["ApiKeyKind"];
            name: components["schemas"]["ApiKeyName"];
            expires_at?: components["schemas"]["Timestamp"];
        };
        /** @description One page of the API keys of the tenant (revoked and expired ones too), oldest first. */
        ApiKeyList: {
            data: components["schemas"]["ApiKey"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description Provider user identifier.
         * @example user_01J7C4Q8QABCD1234XYZ
         */
        ProviderUserId: string;
        /**
         * @description Provider organization identifier.
         * @example org_123
         */
        OrganizationId: string;
        /**
         * @description A mobile number in E.164 format.
         * @example +61412345678
         */
        MobileNumber: string;
        /**
         * @description A given or family name.
         * @example Alex
         */
        PersonName: string;
        /**
         * @description A user held by the configured access provider, as the provider holds it. This API
         *     validates what it sends to the provider (`CreateProviderUserRequest`,
         *     `UpdateProviderUserRequest`), but users are also created and changed by other tools
         *     (the provider's dashboard, its SSO and directory sync), so the values read back are
         *     described by what the provider can hold, not by what this API accepts: an email may be
         *     internationalised (non-ASCII local part, IDN domain) or name a host without a dot, and
         *     names may be of any length and hold any character.
         * @example {
         *       "id": "user_01J7C4Q8QABCD1234XYZ",
         *       "email": "alex@example.com",
         *       "mobileNumber": "+61412345678",
         *       "firstName": "Alex",
         *       "lastName": "Taylor"
         *     }
         */
        ProviderUser: {
            id: components["schemas"]["ProviderUserId"];
            /**
             * @description Email address stored by the access provider, as stored (verified by the WorkOS provider when set through this API).
             * @example alex@example.com
             */
            email: string;
            /**
             * @description The mobile number, when present: E.164 when set through this API; as stored when set
             *     by another tool (the WorkOS provider keeps it in the user's metadata, whose values
             *     are at most 600 characters).
             * @example +61412345678
             */
            mobileNumber?: string;
            /**
             * @description Given name, when present, as stored by the access provider.
             * @example Alex
             */
            firstName?: string;
            /**
             * @description Family name, when present, as stored by the access provider.
             * @example Taylor
             */
            lastName?: string;
        };
        /**
         * @description A new provider user. The WorkOS provider marks the email verified and keeps the
         *     mobile number in the user's metadata.
         * @example {
         *       "email": "alex@example.com",
         *       "mobileNumber": "+61412345678",
         *       "firstName": "Alex",
         *       "lastName": "Taylor"
         *     }
         */
        CreateProviderUserRequest: {
            email: components["schemas"]["Email"];
            mobileNumber?: components["schemas"]["MobileNumber"];
            firstName?: components["schemas"]["PersonName"];
            lastName?: components["schemas"]["PersonName"];
        };
        /**
         * @description A partial update of a provider user. At least one field is required.
         * @example {
         *       "email": "alex.updated@example.com"
         *     }
         */
        UpdateProviderUserRequest: {
            email?: components["schemas"]["Email"];
            mobileNumber?: components["schemas"]["MobileNumber"];
            firstName?: components["schemas"]["PersonName"];
            lastName?: components["schemas"]["PersonName"];
        };
        /** @description One page of the users of a provider organization. */
        ProviderUserList: {
            data: components["schemas"]["ProviderUser"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description The name of a role defined for the tenant.
         * @example member
         */
        RoleName: string;
        /**
         * @description Role names defined for the tenant. Unknown names are refused with `422 invalid_roles`.
         * @example [
         *       "admin",
         *       "member"
         *     ]
         */
        Roles: components["schemas"]["RoleName"][];
        /**
         * @description How the user signs in: `local` (a password held by this service), `oidc` or `saml`
         *     (an external identity provider; no password).
         * @example local
         * @enum {string}
         */
        AuthProvider: "local" | "oidc" | "saml";
        /**
         * @description An image as a base64 data URI (`data:image/png|jpeg|webp|gif;base64,…`). The decoded
         *     image may be at most 256 KiB (262144 bytes); a larger one is refused with
         *     `413 avatar_too_large`.
         * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=
         */
        Avatar: string;
        /**
         * @description The user's display name.
         * @example Alex Taylor
         */
        DisplayName: string;
        /**
         * Format: password
         * @description The password of a `local` user: 12 to 128 characters. It is stored only as an Argon2id
         *     hash and never returned.
         * @example correct-horse-battery-staple
         */
        Password: string;
        /**
         * @description A user of the tenant. A password or its hash is never returned.
         * @example {
         *       "id": "0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10",
         *       "tenant_id": "2489e9ad-2ee2-4e00-8ec9-32d5f69181c0",
         *       "email": "alex@example.com",
         *       "name": "Alex Taylor",
         *       "roles": [
         *         "member"
         *       ],
         *       "auth_provider": "local",
         *       "is_owner": false,
         *       "avatar": null,
         *       "created_at": "2026-11-02T09:30:00.000Z",
         *       "updated_at": "2026-11-02T09:30:00.000Z"
         *     }
         */
        User: {
            id: components["schemas"]["Uuid"];
            tenant_id: components["schemas"]["Uuid"];
            email: components["schemas"]["Email"];
            name: components["schemas"]["DisplayName"];
            /** @description The user's roles. */
            roles: components["schemas"]["RoleName"][];
            auth_provider: components["schemas"]["AuthProvider"];
            /** @description Whether this user is the tenant owner (who cannot be deleted). */
            is_owner: boolean;
            /** @description The avatar as a data URI, or `null` when the user has none. */
            avatar: components["schemas"]["Avatar"] | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description A new user of the tenant. `password` is required when `auth_provider` is `local` (the
         *     default) and refused for `oidc` and `saml` (`400 validation_failed`, pointer
         *     `/password`). The email must be unique in the tenant
         *     (case-insensitively), else `409 user_exists`.
         * @example {
         *       "email": "alex@example.com",
         *       "name": "Alex Taylor",
         *       "password": "correct-horse-battery-staple",
         *       "roles": [
         *         "member"
         *       ],
         *       "auth_provider": "local"
         *     }
         */
        CreateUserRequest: {
            email: components["schemas"]["Email"];
            name: components["schemas"]["DisplayName"];
            password?: components["schemas"]["Password"];
            /**
             * @description Role names defined for the tenant; defaults to `["member"]`.
             * @default [
             *       "member"
             *     ]
             */
            roles?: components["schemas"]["Roles"];
            /** @default local */
            auth_provider?: components["schemas"]["AuthProvider"];
            avatar?: components["schemas"]["Avatar"];
        };
        /**
         * @description A partial update of a user; at least one field is required. `avatar: null` removes the
         *     avatar. `password` is accepted only for `local` users (otherwise `400
         *     validation_failed`). The tenant owner cannot lose the `admin` role (`409
         *     owner_protected`).
         * @example {
         *       "name": "Alex J. Taylor",
         *       "roles": [
         *         "admin",
         *         "member"
         *       ]
         *     }
         */
        UpdateUserRequest: {
            name?: components["schemas"]["DisplayName"];
            email?: components["schemas"]["Email"];
            roles?: components["schemas"]["Roles"];
            /** @description A new avatar, or `null` to remove it. */
            avatar?: components["schemas"]["Avatar"] | null;
            password?: components["schemas"]["Password"];
        };
        /** @description One page of the users of the tenant. */
        UserList: {
            data: components["schemas"]["User"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description The query string of listUsers, as one object. Unknown parameters are refused;
         *     `before` and `after` are mutually exclusive.
         */
        UserListQuery: {
            before?: components["schemas"]["Cursor"];
            after?: components["schemas"]["Cursor"];
            limit?: components["schemas"]["PageLimit"];
            email?: components["schemas"]["Email"];
            role?: components["schemas"]["RoleName"];
        };
        /**
         * @description A value as the identity provider knows it.
         * @example 00u1a2b3c4d5e6f7g8h9
         */
        ExternalText: string;
        /**
         * @description How the link was made, from the caller's credential: a person's Bearer token →
         *     `manual`, an integration API key → `auto`, a SCIM API key → `scim`.
         * @example manual
         * @enum {string}
         */
        LinkedBy: "auto" | "manual" | "scim";
        /**
         * @description A link between a tenant user and an account at an external identity provider.
         * @example {
         *       "id": "5d1c8e2a-9b7f-4f0e-a3c6-7e4b2d9f1a08",
         *       "user_id": "0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10",
         *       "identity_provider_id": "7c2e4a10-3f5b-4d8e-9a61-2b0c9d8e7f54",
         *       "provider_name": "Acme Okta",
         *       "provider_type": "oidc",
         *       "external_id": "00u1a2b3c4d5e6f7g8h9",
         *       "external_username": "alex.taylor",
         *       "external_email": "alex@example.com",
         *       "external_display_name": "Alex Taylor",
         *       "linked_by": "manual",
         *       "last_synced_at": null,
         *       "created_at": "2026-11-02T09:30:00.000Z",
         *       "updated_at": "2026-11-02T09:30:00.000Z"
         *     }
         */
        Identity: {
            id: components["schemas"]["Uuid"];
            user_id: components["schemas"]["Uuid"];
            identity_provider_id: components["schemas"]["Uuid"];
            provider_name: components["schemas"]["IdentityProviderName"];
            provider_type: components["schemas"]["IdentityProviderType"];
            /** @description The account's id at the identity provider. */
            external_id: components["schemas"]["ExternalText"];
            /** @description The account's username at the identity provider, if known. */
            external_username: components["schemas"]["ExternalText"] | null;
            /** @description The account's email at the identity provider, if known. */
            external_email: components["schemas"]["Email"] | null;
            /** @description The account's display name at the identity provider, if known. */
            external_display_name: components["schemas"]["ExternalText"] | null;
            linked_by: components["schemas"]["LinkedBy"];
            /** @description When the identity was last synchronised from the provider, if ever. */
            last_synced_at: components["schemas"]["Timestamp"] | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description A link to an account at one of the tenant's identity providers. Refused with `409
         *     identity_already_linked` when that provider's `external_id` is already linked.
         * @example {
         *       "identity_provider_id": "7c2e4a10-3f5b-4d8e-9a61-2b0c9d8e7f54",
         *       "external_id": "00u1a2b3c4d5e6f7g8h9",
         *       "external_username": "alex.taylor",
         *       "external_email": "alex@example.com",
         *       "external_display_name": "Alex Taylor"
         *     }
         */
        CreateIdentityRequest: {
            identity_provider_id: components["schemas"]["Uuid"];
            external_id: components["schemas"]["ExternalText"];
            external_username?: components["schemas"]["ExternalText"];
            external_email?: components["schemas"]["Email"];
            external_display_name?: components["schemas"]["ExternalText"];
        };
        /** @description One page of the identities of a user. */
        IdentityList: {
            data: components["schemas"]["Identity"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description The name of the identity provider, unique in the tenant.
         * @example Acme Okta
         */
        IdentityProviderName: string;
        /**
         * @description The protocol of the identity provider.
         * @example oidc
         * @enum {string}
         */
        IdentityProviderType: "oidc" | "saml" | "scim";
        /**
         * @description An external identity provider configured for the tenant.
         * @example {
         *       "id": "7c2e4a10-3f5b-4d8e-9a61-2b0c9d8e7f54",
         *       "name": "Acme Okta",
         *       "type": "oidc",
         *       "created_at": "2026-11-02T09:30:00.000Z",
         *       "updated_at": "2026-11-02T09:30:00.000Z"
         *     }
         */
        IdentityProvider: {
            id: components["schemas"]["Uuid"];
            name: components["schemas"]["IdentityProviderName"];
            type: components["schemas"]["IdentityProviderType"];
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description A new identity provider. The name must be unique in the tenant (`409 identity_provider_exists`).
         * @example {
         *       "name": "Acme Okta",
         *       "type": "oidc"
         *     }
         */
        CreateIdentityProviderRequest: {
            name: components["schemas"]["IdentityProviderName"];
            type: components["schemas"]["IdentityProviderType"];
        };
        /** @description One page of the identity providers of the tenant. */
        IdentityProviderList: {
            data: components["schemas"]["IdentityProvider"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description An actor's or resource's id (a uuid, a token subject, a provider's user id). */
        AuditId: string;
        /**
         * @description What changed. One event is recorded for every change of state, in the transaction of the
         *     change itself; webhook endpoints subscribe to these types. Two kinds are recorded outside
         *     any tenant, so a tenant's list never shows them and no endpoint receives them:
         *     `tenant.deleted` (the tenant's own events and endpoints are deleted with it) and the
         *     access provider's `provider_user.*` (its users belong to no tenant).
         * @enum {string}
         */
        AuditEventType: "user.created" | "user.updated" | "user.deleted" | "identity.linked" | "identity.unlinked" | "identity_provider.created" | "identity_provider.deleted" | "api_key.created" | "api_key.revoked" | "tenant.created" | "tenant.updated" | "tenant.suspended" | "tenant.reactivated" | "tenant.deleted" | "role.created" | "role.updated" | "role.deleted" | "provider_user.created" | "provider_user.updated" | "webhook_endpoint.created" | "webhook_endpoint.updated" | "webhook_endpoint.deleted" | "webhook_endpoint.disabled";
        /**
         * @description Who made the change: a tenant user (`id` is the token's subject), an API key (`id` is the
         *     key's id), a service (`id` is the token's subject) or the system itself (operator commands,
         *     the webhook dispatcher).
         */
        AuditActor: {
            /** @enum {string} */
            kind: "user" | "api_key" | "service" | "system";
            id: components["schemas"]["AuditId"];
        };
        /** @description The resource that changed. */
        AuditResource: {
            /** @enum {string} */
            type: "user" | "identity" | "identity_provider" | "api_key" | "tenant" | "role" | "provider_user" | "webhook_endpoint";
            id: components["schemas"]["AuditId"];
        };
        /**
         * @description One changed field of an update, with its value before and after. A field whose value is
         *     never shown (a password) has `redacted: true` and no values.
         */
        AuditChange: {
            field: string;
            before?: unknown;
            after?: unknown;
            redacted?: boolean;
        };
        AuditEvent: {
            id: components["schemas"]["Uuid"];
            type: components["schemas"]["AuditEventType"];
            occurred_at: components["schemas"]["Timestamp"];
            tenant_id: components["schemas"]["Uuid"];
            actor: components["schemas"]["AuditActor"];
            /** @description The X-Request-Id of the request that made the change; null for changes made outside a request. */
            request_id: string | null;
            resource: components["schemas"]["AuditResource"];
            /** @description For updates, each changed field; empty for other events. */
            changes: components["schemas"]["AuditChange"][];
        };
        AuditEventList: {
            data: components["schemas"]["AuditEvent"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description The query string of listAuditEvents, as one object. Unknown parameters are refused;
         *     `before` and `after` are mutually exclusive; `resource_id` needs `resource_type`.
         */
        AuditEventListQuery: {
            before?: components["schemas"]["Cursor"];
            after?: components["schemas"]["Cursor"];
            limit?: components["schemas"]["PageLimit"];
            type?: components["schemas"]["AuditEventType"];
            actor_id?: components["schemas"]["AuditId"];
            /** @enum {string} */
            resource_type?: "user" | "identity" | "identity_provider" | "api_key" | "tenant" | "role" | "provider_user" | "webhook_endpoint";
            resource_id?: components["schemas"]["AuditId"];
            occurred_after?: components["schemas"]["Timestamp"];
            occurred_before?: components["schemas"]["Timestamp"];
        };
        /**
         * Format: uri
         * @description Where deliveries are POSTed: an `https://` URL (or `http://`). In production a URL whose
         *     host resolves to a loopback, private or link-local address is refused
         *     (`422 webhook_url_not_allowed`), at registration and again at each delivery.
         */
        WebhookUrl: string;
        /** @description The event types delivered to the endpoint; `*` subscribes to every type. */
        WebhookEventTypes: (components["schemas"]["AuditEventType"] | "*")[];
        WebhookDescription: string;
        WebhookEndpoint: {
            id: components["schemas"]["Uuid"];
            url: components["schemas"]["WebhookUrl"];
            event_types: components["schemas"]["WebhookEventTypes"];
            enabled: boolean;
            description: components["schemas"]["WebhookDescription"] | null;
            /** @description Why the service disabled the endpoint (its deliveries failed past the retry limit); null otherwise. */
            disabled_reason: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
        };
        /**
         * @description The endpoint's signing secret (Standard Webhooks, `whsec_` and base64), shown in this answer
         *     only: it is never shown again. Verify each delivery's `webhook-signature` with it.
         */
        WebhookSecret: string;
        /** @description The registered endpoint with its signing secret, shown only in this answer. */
        CreatedWebhookEndpoint: {
            id: components["schemas"]["Uuid"];
            url: components["schemas"]["WebhookUrl"];
            event_types: components["schemas"]["WebhookEventTypes"];
            enabled: boolean;
            description: components["schemas"]["WebhookDescription"] | null;
            /** @description Why the service disabled the endpoint (its deliveries failed past the retry limit); null otherwise. */
            disabled_reason: string | null;
            created_at: components["schemas"]["Timestamp"];
            updated_at: components["schemas"]["Timestamp"];
            secret: components["schemas"]["WebhookSecret"];
        };
        CreateWebhookEndpointRequest: {
            url: components["schemas"]["WebhookUrl"];
            event_types: components["schemas"]["WebhookEventTypes"];
            /** @default true */
            enabled?: boolean;
            description?: components["schemas"]["WebhookDescription"];
        };
        /** @description The fields to change. Enabling an endpoint again clears its `disabled_reason`. */
        UpdateWebhookEndpointRequest: {
            url?: components["schemas"]["WebhookUrl"];
            event_types?: components["schemas"]["WebhookEventTypes"];
            enabled?: boolean;
            description?: components["schemas"]["WebhookDescription"] | null;
        };
        WebhookEndpointList: {
            data: components["schemas"]["WebhookEndpoint"][];
            pagination: components["schemas"]["Pagination"];
        };
        WebhookAttempt: {
            attempted_at: components["schemas"]["Timestamp"];
            /**
             * Format: int32
             * @description The receiver's HTTP status; null when it gave no answer.
             */
            response_status: number | null;
            /** @description Why there was no answer (timeout, refused address, connection error); null when there was one. */
            error: string | null;
            /** Format: int32 */
            duration_ms: number;
        };
        WebhookDelivery: {
            id: components["schemas"]["Uuid"];
            endpoint_id: components["schemas"]["Uuid"];
            event_id: components["schemas"]["Uuid"];
            event_type: components["schemas"]["AuditEventType"];
            /**
             * @description `pending` until an attempt succeeds or the retries are exhausted.
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /** @description Every attempt, oldest first. */
            attempts: components["schemas"]["WebhookAttempt"][];
            next_attempt_at: components["schemas"]["Timestamp"] | null;
            created_at: components["schemas"]["Timestamp"];
        };
        WebhookDeliveryList: {
            data: components["schemas"]["WebhookDelivery"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * @description The body of every delivery (Standard Webhooks): the event's type, when it was sent, and
         *     the audit event itself. Signed with the endpoint's secret: `webhook-id` is the event's id
         *     (the same on every attempt, so a receiver can drop repeats), `webhook-timestamp` the
         *     attempt's Unix time, `webhook-signature` `v1,` and the base64 HMAC-SHA256 of
         *     `{webhook-id}.{webhook-timestamp}.{body}`.
         */
        WebhookPayload: {
            type: components["schemas"]["AuditEventType"];
            timestamp: components["schemas"]["Timestamp"];
            data: components["schemas"]["AuditEvent"];
        };
        /**
         * @description The process is alive.
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @constant */
            status: "ok";
        };
        /**
         * @description The service can take requests; each dependency it needs answered.
         * @example {
         *       "status": "ready",
         *       "checks": {
         *         "database": "up"
         *       }
         *     }
         */
        Readiness: {
            /** @constant */
            status: "ready";
            /** @description The state of each dependency. */
            checks: {
                /** @constant */
                database: "up";
            };
        };
    };
    responses: never;
    parameters: {
        /**
         * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
         *     refused with `403 tenant_mismatch`.
         * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
         */
        TenantId: components["schemas"]["Uuid"];
        /**
         * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
         *     header, in error envelopes and in the service's logs. A new id is generated when it is
         *     absent. One that does not match this schema, or that is sent more than once, is refused
         *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
         *     answer carries a generated id.
         * @example req_7f3c2a9d1e
         */
        RequestId: string;
        /**
         * @description The id of a user of the tenant.
         * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
         */
        UserId: components["schemas"]["Uuid"];
        /**
         * @description The id of an identity of the user.
         * @example 5d1c8e2a-9b7f-4f0e-a3c6-7e4b2d9f1a08
         */
        IdentityId: components["schemas"]["Uuid"];
        /**
         * @description The id of an identity provider of the tenant.
         * @example 7c2e4a10-3f5b-4d8e-9a61-2b0c9d8e7f54
         */
        IdentityProviderId: components["schemas"]["Uuid"];
        /**
         * @description Provider user identifier, as returned by createProviderUser or a list.
         * @example user_01J7C4Q8QABCD1234XYZ
         */
        ProviderUserId: components["schemas"]["ProviderUserId"];
        /**
         * @description Provider organization identifier. In WorkOS mode this is the WorkOS organization id,
         *     for example `org_123`.
         * @example org_123
         */
        OrganizationId: components["schemas"]["OrganizationId"];
        /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
        Before: components["schemas"]["Cursor"];
        /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
        After: components["schemas"]["Cursor"];
        /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
        Limit: components["schemas"]["PageLimit"];
        /** @description Only the user with this email (compared case-insensitively). */
        EmailFilter: components["schemas"]["Email"];
        /** @description Only users holding this role. */
        RoleFilter: components["schemas"]["RoleName"];
        /**
         * @description The id of a tenant.
         * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
         */
        TenantPathId: components["schemas"]["Uuid"];
        /**
         * @description The id of a role of the tenant.
         * @example 3f6a2c1e-8d4b-4e0a-9b7c-1a2b3c4d5e6f
         */
        RoleId: components["schemas"]["Uuid"];
        /**
         * @description The id of an API key of the tenant.
         * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
         */
        ApiKeyId: components["schemas"]["Uuid"];
        /** @description `true` to delete a tenant that still has users besides its owner, with all its rows. */
        WithUsers: components["schemas"]["WithUsers"];
        /** @description `true` to delete a role users still hold, removing it from them in the same transaction. */
        RemoveFromUsers: components["schemas"]["RemoveFromUsers"];
        /**
         * @description Makes this create safe to retry (draft-ietf-httpapi-idempotency-key-header). A key, unique
         *     per intended create (a UUID v4 is a good choice), as a Structured Field string (`"…"`) or
         *     bare; printable ASCII without spaces, `"` or `\`, at most 255 characters. The first
         *     request's outcome — its status, body and `Location`/`ETag` headers, a refusal (4xx) as much
         *     as a success — is kept for 24 hours (`IDEMPOTENCY_RETENTION_SEC`) for the caller's tenant
         *     (or service principal) and this key; a retry of the same request gets that answer again,
         *     with `Idempotency-Replayed: true`. (A request refused before it reaches the create — its
         *     credentials, its tenant, its values, its permission — is answered as without a key, and
         *     nothing is kept.) The same key with another request (another body, or
         *     another path) is refused with `422 idempotency_key_reused`; a retry while the first is
         *     still running with `409 idempotency_key_in_progress` and `Retry-After`. An unexpected
         *     failure (`500`, or a `503` of the database or the provider) is not kept, so a retry may
         *     succeed. A create whose answer shows a secret once (an API key's plaintext) keeps no body:
         *     its replay is refused with `409 idempotency_replay_withheld`, naming where the created
         *     resource is. Without the header the create is not made idempotent. An empty, over-long or
         *     malformed key is refused with `400 validation_failed`, pointer `/idempotency-key`.
         * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
         */
        IdempotencyKey: string;
        /**
         * @description Applies the change only if the resource is still at one of these versions (RFC 9110
         *     §13.1.1): the `ETag`s of earlier answers, comma-separated, or `*` for any version. A
         *     stale value is refused with `412 precondition_failed` and nothing changes. Without it
         *     the change applies whatever the version, unless the service requires it
         *     (`REQUIRE_IF_MATCH=true`: `428 precondition_required`). Weak tags (`W/"…"`) never match.
         * @example "3"
         */
        IfMatch: string;
        /**
         * @description Answers `304 Not Modified`, without a body, when the resource's current `ETag` is one of
         *     these (RFC 9110 §13.1.2; compared weakly), or with `*`. Otherwise the answer is as without it.
         * @example "3"
         */
        IfNoneMatch: string;
        /**
         * @description The id of a webhook endpoint of the tenant.
         * @example 3b1f0e6a-8c2d-4e5f-9a7b-6c5d4e3f2a1b
         */
        WebhookEndpointId: components["schemas"]["Uuid"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description The id of this request (the caller's `X-Request-Id`, or a generated one).
         * @example req_7f3c2a9d1e
         */
        "X-Request-Id": string;
        /**
         * @description Whole seconds to wait before retrying. The access provider's own `Retry-After` (delay
         *     seconds, a decimal number of seconds or an HTTP date) is converted to whole seconds,
         *     rounded up and capped at one day; when the provider sent none, or one that cannot be
         *     read, it is 10 (WorkOS counts its user-management rate limits per 10 seconds).
         * @example 30
         */
        "Retry-After": number;
        /**
         * @description Seconds to wait before retrying. Sent with `database_unavailable` (5), `database_timeout` (2) and `shutting_down` (1).
         * @example 5
         */
        "Retry-After-Unavailable": number;
        /**
         * @description The path of the created resource.
         * @example /v1/users/0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
         */
        Location: string;
        /**
         * @description The authentication scheme to retry with (RFC 9110 §11.6.1), e.g. `Bearer error="invalid_token"`.
         * @example Bearer error="invalid_token", error_description="The token has expired."
         */
        "WWW-Authenticate": string;
        /**
         * @description The resource's strong entity tag (RFC 9110 §8.8.3): its row version, which every change
         *     increments. Send it back in `If-Match` to change the resource only if no one else has, or
         *     in `If-None-Match` to be answered `304` while it is current.
         * @example "3"
         */
        ETag: string;
        /**
         * @description `true` when this answer is the stored outcome of an earlier request with the same
         *     `Idempotency-Key`, not a new create (a replayed refusal carries it too). Absent on the
         *     first answer.
         * @example true
         */
        "Idempotency-Replayed": "true";
        /**
         * @description Seconds to wait before retrying the request whose first attempt is still running (1).
         * @example 1
         */
        "Retry-After-In-Progress": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createProviderUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Makes this create safe to retry (draft-ietf-httpapi-idempotency-key-header). A key, unique
                 *     per intended create (a UUID v4 is a good choice), as a Structured Field string (`"…"`) or
                 *     bare; printable ASCII without spaces, `"` or `\`, at most 255 characters. The first
                 *     request's outcome — its status, body and `Location`/`ETag` headers, a refusal (4xx) as much
                 *     as a success — is kept for 24 hours (`IDEMPOTENCY_RETENTION_SEC`) for the caller's tenant
                 *     (or service principal) and this key; a retry of the same request gets that answer again,
                 *     with `Idempotency-Replayed: true`. (A request refused before it reaches the create — its
                 *     credentials, its tenant, its values, its permission — is answered as without a key, and
                 *     nothing is kept.) The same key with another request (another body, or
                 *     another path) is refused with `422 idempotency_key_reused`; a retry while the first is
                 *     still running with `409 idempotency_key_in_progress` and `Retry-After`. An unexpected
                 *     failure (`500`, or a `503` of the database or the provider) is not kept, so a retry may
                 *     succeed. A create whose answer shows a secret once (an API key's plaintext) keeps no body:
                 *     its replay is refused with `409 idempotency_replay_withheld`, naming where the created
                 *     resource is. Without the header the create is not made idempotent. An empty, over-long or
                 *     malformed key is refused with `400 validation_failed`, pointer `/idempotency-key`.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProviderUserRequest"];
            };
        };
        responses: {
            /** @description The created provider user. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderUser"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `idempotency_key_in_progress` (40900040): The first request with this Idempotency-Key is still running. Wait for the seconds in Retry-After, then retry with the same key: you will get the first request's outcome.
             *     * `provider_user_exists` (40950001): The access provider already has a user with this email. Use another email, or look up the existing provider user.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-In-Progress"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `provider_request_refused` (42250002): The access provider refused the request without naming a value; details.providerCode gives its reason when it sent one. Check the request against the access provider's rules (details.providerCode names its reason when it gave one); retrying it unchanged will not help.
             *     * `idempotency_key_reused` (42200040): This Idempotency-Key was used for another request (another body or another path). Use a new Idempotency-Key for each new request; send the same key only to retry the very same request.
             *     * `provider_validation_failed` (42250001): The access provider refused the values; see errors for each one. Correct the values errors points to; the access provider refused them.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too Many Requests. Codes:
             *
             *     * `provider_rate_limited` (42950001): The access provider rate-limited the request; retry after the Retry-After delay. Wait for the number of seconds in Retry-After, then retry.
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `provider_unavailable` (50350001): The access provider did not answer in time or failed. Retry later with backoff; the access provider did not answer in time or failed.
             *     * `provider_not_configured` (50350002): No access provider is configured for this environment. Ask the operator to configure an access provider (WORKOS_API_KEY or ACCESS_PROVIDER=local); retrying will not help.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProviderUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description Provider user identifier, as returned by createProviderUser or a list.
                 * @example user_01J7C4Q8QABCD1234XYZ
                 */
                userId: components["parameters"]["ProviderUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderUser"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `provider_user_not_found` (40450001): The access provider has no user with this id. Check the provider user id, as returned by createProviderUser or a list.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `provider_request_refused` (42250002): The access provider refused the request without naming a value; details.providerCode gives its reason when it sent one. Check the request against the access provider's rules (details.providerCode names its reason when it gave one); retrying it unchanged will not help.
             *     * `provider_validation_failed` (42250001): The access provider refused the values; see errors for each one. Correct the values errors points to; the access provider refused them.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too Many Requests. Codes:
             *
             *     * `provider_rate_limited` (42950001): The access provider rate-limited the request; retry after the Retry-After delay. Wait for the number of seconds in Retry-After, then retry.
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `provider_unavailable` (50350001): The access provider did not answer in time or failed. Retry later with backoff; the access provider did not answer in time or failed.
             *     * `provider_not_configured` (50350002): No access provider is configured for this environment. Ask the operator to configure an access provider (WORKOS_API_KEY or ACCESS_PROVIDER=local); retrying will not help.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProviderUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description Provider user identifier, as returned by createProviderUser or a list.
                 * @example user_01J7C4Q8QABCD1234XYZ
                 */
                userId: components["parameters"]["ProviderUserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProviderUserRequest"];
            };
        };
        responses: {
            /** @description The updated provider user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderUser"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `provider_user_not_found` (40450001): The access provider has no user with this id. Check the provider user id, as returned by createProviderUser or a list.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `provider_user_exists` (40950001): The access provider already has a user with this email. Use another email, or look up the existing provider user.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `provider_request_refused` (42250002): The access provider refused the request without naming a value; details.providerCode gives its reason when it sent one. Check the request against the access provider's rules (details.providerCode names its reason when it gave one); retrying it unchanged will not help.
             *     * `provider_validation_failed` (42250001): The access provider refused the values; see errors for each one. Correct the values errors points to; the access provider refused them.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too Many Requests. Codes:
             *
             *     * `provider_rate_limited` (42950001): The access provider rate-limited the request; retry after the Retry-After delay. Wait for the number of seconds in Retry-After, then retry.
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `provider_unavailable` (50350001): The access provider did not answer in time or failed. Retry later with backoff; the access provider did not answer in time or failed.
             *     * `provider_not_configured` (50350002): No access provider is configured for this environment. Ask the operator to configure an access provider (WORKOS_API_KEY or ACCESS_PROVIDER=local); retrying will not help.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProviderOrganizationUsers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
                before?: components["parameters"]["Before"];
                /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
                after?: components["parameters"]["After"];
                /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description Provider organization identifier. In WorkOS mode this is the WorkOS organization id,
                 *     for example `org_123`.
                 * @example org_123
                 */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of organization users. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderUserList"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             *     * `invalid_cursor` (40000003): The pagination cursor is not valid for this list. Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `provider_organization_not_found` (40450002): The access provider has no organization with this id. Check the organization id at the access provider.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `provider_request_refused` (42250002): The access provider refused the request without naming a value; details.providerCode gives its reason when it sent one. Check the request against the access provider's rules (details.providerCode names its reason when it gave one); retrying it unchanged will not help.
             *     * `provider_validation_failed` (42250001): The access provider refused the values; see errors for each one. Correct the values errors points to; the access provider refused them.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Too Many Requests. Codes:
             *
             *     * `provider_rate_limited` (42950001): The access provider rate-limited the request; retry after the Retry-After delay. Wait for the number of seconds in Retry-After, then retry.
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `provider_unavailable` (50350001): The access provider did not answer in time or failed. Retry later with backoff; the access provider did not answer in time or failed.
             *     * `provider_not_configured` (50350002): No access provider is configured for this environment. Ask the operator to configure an access provider (WORKOS_API_KEY or ACCESS_PROVIDER=local); retrying will not help.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: {
                /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
                before?: components["parameters"]["Before"];
                /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
                after?: components["parameters"]["After"];
                /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tenants. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantList"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             *     * `invalid_cursor` (40000003): The pagination cursor is not valid for this list. Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Makes this create safe to retry (draft-ietf-httpapi-idempotency-key-header). A key, unique
                 *     per intended create (a UUID v4 is a good choice), as a Structured Field string (`"…"`) or
                 *     bare; printable ASCII without spaces, `"` or `\`, at most 255 characters. The first
                 *     request's outcome — its status, body and `Location`/`ETag` headers, a refusal (4xx) as much
                 *     as a success — is kept for 24 hours (`IDEMPOTENCY_RETENTION_SEC`) for the caller's tenant
                 *     (or service principal) and this key; a retry of the same request gets that answer again,
                 *     with `Idempotency-Replayed: true`. (A request refused before it reaches the create — its
                 *     credentials, its tenant, its values, its permission — is answered as without a key, and
                 *     nothing is kept.) The same key with another request (another body, or
                 *     another path) is refused with `422 idempotency_key_reused`; a retry while the first is
                 *     still running with `409 idempotency_key_in_progress` and `Retry-After`. An unexpected
                 *     failure (`500`, or a `503` of the database or the provider) is not kept, so a retry may
                 *     succeed. A create whose answer shows a secret once (an API key's plaintext) keeps no body:
                 *     its replay is refused with `409 idempotency_replay_withheld`, naming where the created
                 *     resource is. Without the header the create is not made idempotent. An empty, over-long or
                 *     malformed key is refused with `400 validation_failed`, pointer `/idempotency-key`.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenantRequest"];
            };
        };
        responses: {
            /** @description The created tenant, its owner and its first keys (shown only now). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTenant"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `idempotency_key_in_progress` (40900040): The first request with this Idempotency-Key is still running. Wait for the seconds in Retry-After, then retry with the same key: you will get the first request's outcome.
             *     * `idempotency_replay_withheld` (40900041): The first request with this Idempotency-Key created the resource, but its answer showed a secret once and is not kept. The resource exists (details.location). If you did not receive its secret, revoke it there and create another with a new key.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-In-Progress"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `idempotency_key_reused` (42200040): This Idempotency-Key was used for another request (another body or another path). Use a new Idempotency-Key for each new request; send the same key only to retry the very same request.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a tenant.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                id: components["parameters"]["TenantPathId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `tenant_not_found` (40440101): No tenant with this id exists. Check the tenant id; it may have been deleted.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTenant: {
        parameters: {
            query?: {
                /** @description `true` to delete a tenant that still has users besides its owner, with all its rows. */
                with_users?: components["parameters"]["WithUsers"];
            };
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a tenant.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                id: components["parameters"]["TenantPathId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant and all its rows were deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `tenant_not_found` (40440101): No tenant with this id exists. Check the tenant id; it may have been deleted.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `tenant_has_users` (40940101): The tenant still has users besides its owner. Delete its users first, or send with_users=true to delete the tenant with every user and row of it in one transaction.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTenant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a tenant.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                id: components["parameters"]["TenantPathId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTenantRequest"];
            };
        };
        responses: {
            /** @description The tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `tenant_not_found` (40440101): No tenant with this id exists. Check the tenant id; it may have been deleted.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    suspendTenant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a tenant.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                id: components["parameters"]["TenantPathId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suspended tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `tenant_not_found` (40440101): No tenant with this id exists. Check the tenant id; it may have been deleted.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reactivateTenant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a tenant.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                id: components["parameters"]["TenantPathId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active tenant. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             *     * `insufficient_scope` (40340003): The service token lacks the scope this operation requires. Use a service token that carries the scope the operation requires (provider_users:read, provider_users:write, tenants:read or tenants:write).
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `tenant_not_found` (40440101): No tenant with this id exists. Check the tenant id; it may have been deleted.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: {
                /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
                before?: components["parameters"]["Before"];
                /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
                after?: components["parameters"]["After"];
                /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of roles. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleList"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             *     * `invalid_cursor` (40000003): The pagination cursor is not valid for this list. Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Makes this create safe to retry (draft-ietf-httpapi-idempotency-key-header). A key, unique
                 *     per intended create (a UUID v4 is a good choice), as a Structured Field string (`"…"`) or
                 *     bare; printable ASCII without spaces, `"` or `\`, at most 255 characters. The first
                 *     request's outcome — its status, body and `Location`/`ETag` headers, a refusal (4xx) as much
                 *     as a success — is kept for 24 hours (`IDEMPOTENCY_RETENTION_SEC`) for the caller's tenant
                 *     (or service principal) and this key; a retry of the same request gets that answer again,
                 *     with `Idempotency-Replayed: true`. (A request refused before it reaches the create — its
                 *     credentials, its tenant, its values, its permission — is answered as without a key, and
                 *     nothing is kept.) The same key with another request (another body, or
                 *     another path) is refused with `422 idempotency_key_reused`; a retry while the first is
                 *     still running with `409 idempotency_key_in_progress` and `Retry-After`. An unexpected
                 *     failure (`500`, or a `503` of the database or the provider) is not kept, so a retry may
                 *     succeed. A create whose answer shows a secret once (an API key's plaintext) keeps no body:
                 *     its replay is refused with `409 idempotency_replay_withheld`, naming where the created
                 *     resource is. Without the header the create is not made idempotent. An empty, over-long or
                 *     malformed key is refused with `400 validation_failed`, pointer `/idempotency-key`.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoleRequest"];
            };
        };
        responses: {
            /** @description The created role. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `idempotency_key_in_progress` (40900040): The first request with this Idempotency-Key is still running. Wait for the seconds in Retry-After, then retry with the same key: you will get the first request's outcome.
             *     * `role_exists` (40940102): A role with this name already exists in the tenant. Choose another name, or use the existing role.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-In-Progress"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `idempotency_key_reused` (42200040): This Idempotency-Key was used for another request (another body or another path). Use a new Idempotency-Key for each new request; send the same key only to retry the very same request.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRole: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a role of the tenant.
                 * @example 3f6a2c1e-8d4b-4e0a-9b7c-1a2b3c4d5e6f
                 */
                id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `role_not_found` (40440102): No role with this id exists in the tenant. Check the role id; it may have been deleted or belong to another tenant.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRole: {
        parameters: {
            query?: {
                /** @description `true` to delete a role users still hold, removing it from them in the same transaction. */
                remove_from_users?: components["parameters"]["RemoveFromUsers"];
            };
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a role of the tenant.
                 * @example 3f6a2c1e-8d4b-4e0a-9b7c-1a2b3c4d5e6f
                 */
                id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `role_not_found` (40440102): No role with this id exists in the tenant. Check the role id; it may have been deleted or belong to another tenant.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `role_protected` (40940103): The built-in roles admin and member cannot be renamed or deleted. Leave admin and member as they are; create a role of your own instead.
             *     * `role_in_use` (40940104): Users still hold this role. Remove the role from its users first, or send remove_from_users=true to remove it from them and delete it in one transaction.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a role of the tenant.
                 * @example 3f6a2c1e-8d4b-4e0a-9b7c-1a2b3c4d5e6f
                 */
                id: components["parameters"]["RoleId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoleRequest"];
            };
        };
        responses: {
            /** @description The updated role. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `role_not_found` (40440102): No role with this id exists in the tenant. Check the role id; it may have been deleted or belong to another tenant.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `role_exists` (40940102): A role with this name already exists in the tenant. Choose another name, or use the existing role.
             *     * `role_protected` (40940103): The built-in roles admin and member cannot be renamed or deleted. Leave admin and member as they are; create a role of your own instead.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
                before?: components["parameters"]["Before"];
                /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
                after?: components["parameters"]["After"];
                /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of API keys. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             *     * `invalid_cursor` (40000003): The pagination cursor is not valid for this list. Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Makes this create safe to retry (draft-ietf-httpapi-idempotency-key-header). A key, unique
                 *     per intended create (a UUID v4 is a good choice), as a Structured Field string (`"…"`) or
                 *     bare; printable ASCII without spaces, `"` or `\`, at most 255 characters. The first
                 *     request's outcome — its status, body and `Location`/`ETag` headers, a refusal (4xx) as much
                 *     as a success — is kept for 24 hours (`IDEMPOTENCY_RETENTION_SEC`) for the caller's tenant
                 *     (or service principal) and this key; a retry of the same request gets that answer again,
                 *     with `Idempotency-Replayed: true`. (A request refused before it reaches the create — its
                 *     credentials, its tenant, its values, its permission — is answered as without a key, and
                 *     nothing is kept.) The same key with another request (another body, or
                 *     another path) is refused with `422 idempotency_key_reused`; a retry while the first is
                 *     still running with `409 idempotency_key_in_progress` and `Retry-After`. An unexpected
                 *     failure (`500`, or a `503` of the database or the provider) is not kept, so a retry may
                 *     succeed. A create whose answer shows a secret once (an API key's plaintext) keeps no body:
                 *     its replay is refused with `409 idempotency_replay_withheld`, naming where the created
                 *     resource is. Without the header the create is not made idempotent. An empty, over-long or
                 *     malformed key is refused with `400 validation_failed`, pointer `/idempotency-key`.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The created API key with its plaintext, shown only now. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `idempotency_key_in_progress` (40900040): The first request with this Idempotency-Key is still running. Wait for the seconds in Retry-After, then retry with the same key: you will get the first request's outcome.
             *     * `idempotency_replay_withheld` (40900041): The first request with this Idempotency-Key created the resource, but its answer showed a secret once and is not kept. The resource exists (details.location). If you did not receive its secret, revoke it there and create another with a new key.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-In-Progress"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `idempotency_key_reused` (42200040): This Idempotency-Key was used for another request (another body or another path). Use a new Idempotency-Key for each new request; send the same key only to retry the very same request.
             *     * `api_key_expiry_passed` (42240101): The expiry of the new API key is not in the future. Send an expires_at in the future, or none for a key that does not expire.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of an API key of the tenant.
                 * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `api_key_not_found` (40440103): No API key with this id exists in the tenant. Check the API key id (not its prefix); it may belong to another tenant.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of an API key of the tenant.
                 * @example 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                id: components["parameters"]["ApiKeyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API key was revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `api_key_not_found` (40440103): No API key with this id exists in the tenant. Check the API key id (not its prefix); it may belong to another tenant.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
                before?: components["parameters"]["Before"];
                /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
                after?: components["parameters"]["After"];
                /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description Only the user with this email (compared case-insensitively). */
                email?: components["parameters"]["EmailFilter"];
                /** @description Only users holding this role. */
                role?: components["parameters"]["RoleFilter"];
            };
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserList"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             *     * `invalid_cursor` (40000003): The pagination cursor is not valid for this list. Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Makes this create safe to retry (draft-ietf-httpapi-idempotency-key-header). A key, unique
                 *     per intended create (a UUID v4 is a good choice), as a Structured Field string (`"…"`) or
                 *     bare; printable ASCII without spaces, `"` or `\`, at most 255 characters. The first
                 *     request's outcome — its status, body and `Location`/`ETag` headers, a refusal (4xx) as much
                 *     as a success — is kept for 24 hours (`IDEMPOTENCY_RETENTION_SEC`) for the caller's tenant
                 *     (or service principal) and this key; a retry of the same request gets that answer again,
                 *     with `Idempotency-Replayed: true`. (A request refused before it reaches the create — its
                 *     credentials, its tenant, its values, its permission — is answered as without a key, and
                 *     nothing is kept.) The same key with another request (another body, or
                 *     another path) is refused with `422 idempotency_key_reused`; a retry while the first is
                 *     still running with `409 idempotency_key_in_progress` and `Retry-After`. An unexpected
                 *     failure (`500`, or a `503` of the database or the provider) is not kept, so a retry may
                 *     succeed. A create whose answer shows a secret once (an API key's plaintext) keeps no body:
                 *     its replay is refused with `409 idempotency_replay_withheld`, naming where the created
                 *     resource is. Without the header the create is not made idempotent. An empty, over-long or
                 *     malformed key is refused with `400 validation_failed`, pointer `/idempotency-key`.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The created user. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `idempotency_key_in_progress` (40900040): The first request with this Idempotency-Key is still running. Wait for the seconds in Retry-After, then retry with the same key: you will get the first request's outcome.
             *     * `user_exists` (40920001): A user with this email already exists in the tenant. Use another email, or fetch the existing user (listUsers with the email filter) instead of creating one.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-In-Progress"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             *     * `avatar_too_large` (41320001): The avatar is larger than 256 KiB. Send an avatar image that decodes to at most 256 KiB.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `idempotency_key_reused` (42200040): This Idempotency-Key was used for another request (another body or another path). Use a new Idempotency-Key for each new request; send the same key only to retry the very same request.
             *     * `invalid_roles` (42220001): One or more roles are not defined for the tenant. Use only role names defined for the tenant (admin, member and the tenant's own roles).
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Answers `304 Not Modified`, without a body, when the resource's current `ETag` is one of
                 *     these (RFC 9110 §13.1.2; compared weakly), or with `*`. Otherwise the answer is as without it.
                 * @example "3"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The id of a user of the tenant.
                 * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not modified: `If-None-Match` names the current `ETag`. No body; the `ETag` is the current one. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `user_not_found` (40420001): No user with this id exists in the tenant. Check the user id; it may have been deleted or belong to another tenant.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Applies the change only if the resource is still at one of these versions (RFC 9110
                 *     §13.1.1): the `ETag`s of earlier answers, comma-separated, or `*` for any version. A
                 *     stale value is refused with `412 precondition_failed` and nothing changes. Without it
                 *     the change applies whatever the version, unless the service requires it
                 *     (`REQUIRE_IF_MATCH=true`: `428 precondition_required`). Weak tags (`W/"…"`) never match.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The id of a user of the tenant.
                 * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `user_not_found` (40420001): No user with this id exists in the tenant. Check the user id; it may have been deleted or belong to another tenant.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `owner_protected` (40920002): The tenant owner cannot be deleted or lose the admin role. Act on another user: the tenant owner always keeps the admin role and cannot be deleted.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Precondition Failed. Codes:
             *
             *     * `precondition_failed` (41200040): The resource has changed since the version the request names in If-Match; nothing was changed. Read the resource again (GET), apply your change to what it is now, and send it with the new ETag in If-Match.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Precondition Required. Codes:
             *
             *     * `precondition_required` (42800040): This service requires If-Match to change a resource, so that no change overwrites another unseen. Read the resource (GET), then send its ETag in If-Match with the change.
             */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Applies the change only if the resource is still at one of these versions (RFC 9110
                 *     §13.1.1): the `ETag`s of earlier answers, comma-separated, or `*` for any version. A
                 *     stale value is refused with `412 precondition_failed` and nothing changes. Without it
                 *     the change applies whatever the version, unless the service requires it
                 *     (`REQUIRE_IF_MATCH=true`: `428 precondition_required`). Weak tags (`W/"…"`) never match.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The id of a user of the tenant.
                 * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `user_not_found` (40420001): No user with this id exists in the tenant. Check the user id; it may have been deleted or belong to another tenant.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `user_exists` (40920001): A user with this email already exists in the tenant. Use another email, or fetch the existing user (listUsers with the email filter) instead of creating one.
             *     * `owner_protected` (40920002): The tenant owner cannot be deleted or lose the admin role. Act on another user: the tenant owner always keeps the admin role and cannot be deleted.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Precondition Failed. Codes:
             *
             *     * `precondition_failed` (41200040): The resource has changed since the version the request names in If-Match; nothing was changed. Read the resource again (GET), apply your change to what it is now, and send it with the new ETag in If-Match.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             *     * `avatar_too_large` (41320001): The avatar is larger than 256 KiB. Send an avatar image that decodes to at most 256 KiB.
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `invalid_roles` (42220001): One or more roles are not defined for the tenant. Use only role names defined for the tenant (admin, member and the tenant's own roles).
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Precondition Required. Codes:
             *
             *     * `precondition_required` (42800040): This service requires If-Match to change a resource, so that no change overwrites another unseen. Read the resource (GET), then send its ETag in If-Match with the change.
             */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUserIdentities: {
        parameters: {
            query?: {
                /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
                before?: components["parameters"]["Before"];
                /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
                after?: components["parameters"]["After"];
                /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a user of the tenant.
                 * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of identities. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityList"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             *     * `invalid_cursor` (40000003): The pagination cursor is not valid for this list. Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `user_not_found` (40420001): No user with this id exists in the tenant. Check the user id; it may have been deleted or belong to another tenant.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUserIdentity: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Makes this create safe to retry (draft-ietf-httpapi-idempotency-key-header). A key, unique
                 *     per intended create (a UUID v4 is a good choice), as a Structured Field string (`"…"`) or
                 *     bare; printable ASCII without spaces, `"` or `\`, at most 255 characters. The first
                 *     request's outcome — its status, body and `Location`/`ETag` headers, a refusal (4xx) as much
                 *     as a success — is kept for 24 hours (`IDEMPOTENCY_RETENTION_SEC`) for the caller's tenant
                 *     (or service principal) and this key; a retry of the same request gets that answer again,
                 *     with `Idempotency-Replayed: true`. (A request refused before it reaches the create — its
                 *     credentials, its tenant, its values, its permission — is answered as without a key, and
                 *     nothing is kept.) The same key with another request (another body, or
                 *     another path) is refused with `422 idempotency_key_reused`; a retry while the first is
                 *     still running with `409 idempotency_key_in_progress` and `Retry-After`. An unexpected
                 *     failure (`500`, or a `503` of the database or the provider) is not kept, so a retry may
                 *     succeed. A create whose answer shows a secret once (an API key's plaintext) keeps no body:
                 *     its replay is refused with `409 idempotency_replay_withheld`, naming where the created
                 *     resource is. Without the header the create is not made idempotent. An empty, over-long or
                 *     malformed key is refused with `400 validation_failed`, pointer `/idempotency-key`.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                /**
                 * @description The id of a user of the tenant.
                 * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
                 */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIdentityRequest"];
            };
        };
        responses: {
            /** @description The created identity. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Identity"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `user_not_found` (40420001): No user with this id exists in the tenant. Check the user id; it may have been deleted or belong to another tenant.
             *     * `identity_provider_not_found` (40430002): No identity provider with this id exists in the tenant. Check the identity provider id; list the tenant's identity providers to find it.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `idempotency_key_in_progress` (40900040): The first request with this Idempotency-Key is still running. Wait for the seconds in Retry-After, then retry with the same key: you will get the first request's outcome.
             *     * `identity_already_linked` (40930001): This external account is already linked for the identity provider. This external account already belongs to a user; unlink it there first, or use the existing link.
             *     * `user_already_linked_to_provider` (40930002): The user already has an identity at this identity provider. The user already has an identity at this provider; delete that identity before linking another.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-In-Progress"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `idempotency_key_reused` (42200040): This Idempotency-Key was used for another request (another body or another path). Use a new Idempotency-Key for each new request; send the same key only to retry the very same request.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUserIdentity: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Applies the change only if the resource is still at one of these versions (RFC 9110
                 *     §13.1.1): the `ETag`s of earlier answers, comma-separated, or `*` for any version. A
                 *     stale value is refused with `412 precondition_failed` and nothing changes. Without it
                 *     the change applies whatever the version, unless the service requires it
                 *     (`REQUIRE_IF_MATCH=true`: `428 precondition_required`). Weak tags (`W/"…"`) never match.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The id of a user of the tenant.
                 * @example 0b9f6c1e-6a0e-4c55-9c8e-3f2a1d7b5e10
                 */
                id: components["parameters"]["UserId"];
                /**
                 * @description The id of an identity of the user.
                 * @example 5d1c8e2a-9b7f-4f0e-a3c6-7e4b2d9f1a08
                 */
                identityId: components["parameters"]["IdentityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `user_not_found` (40420001): No user with this id exists in the tenant. Check the user id; it may have been deleted or belong to another tenant.
             *     * `identity_not_found` (40430001): No identity with this id exists for the user. Check the identity id and the user it belongs to.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Precondition Failed. Codes:
             *
             *     * `precondition_failed` (41200040): The resource has changed since the version the request names in If-Match; nothing was changed. Read the resource again (GET), apply your change to what it is now, and send it with the new ETag in If-Match.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Precondition Required. Codes:
             *
             *     * `precondition_required` (42800040): This service requires If-Match to change a resource, so that no change overwrites another unseen. Read the resource (GET), then send its ETag in If-Match with the change.
             */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIdentityProviders: {
        parameters: {
            query?: {
                /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
                before?: components["parameters"]["Before"];
                /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
                after?: components["parameters"]["After"];
                /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of identity providers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProviderList"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             *     * `invalid_cursor` (40000003): The pagination cursor is not valid for this list. Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createIdentityProvider: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Makes this create safe to retry (draft-ietf-httpapi-idempotency-key-header). A key, unique
                 *     per intended create (a UUID v4 is a good choice), as a Structured Field string (`"…"`) or
                 *     bare; printable ASCII without spaces, `"` or `\`, at most 255 characters. The first
                 *     request's outcome — its status, body and `Location`/`ETag` headers, a refusal (4xx) as much
                 *     as a success — is kept for 24 hours (`IDEMPOTENCY_RETENTION_SEC`) for the caller's tenant
                 *     (or service principal) and this key; a retry of the same request gets that answer again,
                 *     with `Idempotency-Replayed: true`. (A request refused before it reaches the create — its
                 *     credentials, its tenant, its values, its permission — is answered as without a key, and
                 *     nothing is kept.) The same key with another request (another body, or
                 *     another path) is refused with `422 idempotency_key_reused`; a retry while the first is
                 *     still running with `409 idempotency_key_in_progress` and `Retry-After`. An unexpected
                 *     failure (`500`, or a `503` of the database or the provider) is not kept, so a retry may
                 *     succeed. A create whose answer shows a secret once (an API key's plaintext) keeps no body:
                 *     its replay is refused with `409 idempotency_replay_withheld`, naming where the created
                 *     resource is. Without the header the create is not made idempotent. An empty, over-long or
                 *     malformed key is refused with `400 validation_failed`, pointer `/idempotency-key`.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIdentityProviderRequest"];
            };
        };
        responses: {
            /** @description The created identity provider. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `idempotency_key_in_progress` (40900040): The first request with this Idempotency-Key is still running. Wait for the seconds in Retry-After, then retry with the same key: you will get the first request's outcome.
             *     * `identity_provider_exists` (40930003): An identity provider with this name already exists in the tenant. Choose another name, or use the existing identity provider.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-In-Progress"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `idempotency_key_reused` (42200040): This Idempotency-Key was used for another request (another body or another path). Use a new Idempotency-Key for each new request; send the same key only to retry the very same request.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIdentityProvider: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Answers `304 Not Modified`, without a body, when the resource's current `ETag` is one of
                 *     these (RFC 9110 §13.1.2; compared weakly), or with `*`. Otherwise the answer is as without it.
                 * @example "3"
                 */
                "If-None-Match"?: components["parameters"]["IfNoneMatch"];
            };
            path: {
                /**
                 * @description The id of an identity provider of the tenant.
                 * @example 7c2e4a10-3f5b-4d8e-9a61-2b0c9d8e7f54
                 */
                id: components["parameters"]["IdentityProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity provider. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
                };
            };
            /** @description Not modified: `If-None-Match` names the current `ETag`. No body; the `ETag` is the current one. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `identity_provider_not_found` (40430002): No identity provider with this id exists in the tenant. Check the identity provider id; list the tenant's identity providers to find it.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteIdentityProvider: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Applies the change only if the resource is still at one of these versions (RFC 9110
                 *     §13.1.1): the `ETag`s of earlier answers, comma-separated, or `*` for any version. A
                 *     stale value is refused with `412 precondition_failed` and nothing changes. Without it
                 *     the change applies whatever the version, unless the service requires it
                 *     (`REQUIRE_IF_MATCH=true`: `428 precondition_required`). Weak tags (`W/"…"`) never match.
                 * @example "3"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The id of an identity provider of the tenant.
                 * @example 7c2e4a10-3f5b-4d8e-9a61-2b0c9d8e7f54
                 */
                id: components["parameters"]["IdentityProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identity provider was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `identity_provider_not_found` (40430002): No identity provider with this id exists in the tenant. Check the identity provider id; list the tenant's identity providers to find it.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `identity_provider_in_use` (40930004): The identity provider still has linked identities. Delete the identities linked through this provider first, then delete the provider.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Precondition Failed. Codes:
             *
             *     * `precondition_failed` (41200040): The resource has changed since the version the request names in If-Match; nothing was changed. Read the resource again (GET), apply your change to what it is now, and send it with the new ETag in If-Match.
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Precondition Required. Codes:
             *
             *     * `precondition_required` (42800040): This service requires If-Match to change a resource, so that no change overwrites another unseen. Read the resource (GET), then send its ETag in If-Match with the change.
             */
            428: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
                before?: components["parameters"]["Before"];
                /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
                after?: components["parameters"]["After"];
                /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
                limit?: components["parameters"]["Limit"];
                /** @description Only events of this type. */
                type?: components["schemas"]["AuditEventType"];
                /** @description Only events made by this actor (a token's subject or an API key's id). */
                actor_id?: components["schemas"]["AuditId"];
                /** @description Only events about resources of this type. */
                resource_type?: "user" | "identity" | "identity_provider" | "api_key" | "tenant" | "role" | "provider_user" | "webhook_endpoint";
                /** @description Only events about this resource (needs `resource_type`). */
                resource_id?: components["schemas"]["AuditId"];
                /** @description Only events that occurred at or after this time. */
                occurred_after?: components["schemas"]["Timestamp"];
                /** @description Only events that occurred before this time. */
                occurred_before?: components["schemas"]["Timestamp"];
            };
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of audit events. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventList"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             *     * `invalid_cursor` (40000003): The pagination cursor is not valid for this list. Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditEvent: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of an audit event of the tenant.
                 * @example 5d1c8b7e-0a3f-4e2d-9b6c-7f8e9a0b1c2d
                 */
                id: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit event. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEvent"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `audit_event_not_found` (40460001): No audit event with this id exists in the tenant. Check the audit event id; list the tenant's audit events to find it.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
                before?: components["parameters"]["Before"];
                /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
                after?: components["parameters"]["After"];
                /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of webhook endpoints. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointList"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             *     * `invalid_cursor` (40000003): The pagination cursor is not valid for this list. Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /**
                 * @description Makes this create safe to retry (draft-ietf-httpapi-idempotency-key-header). A key, unique
                 *     per intended create (a UUID v4 is a good choice), as a Structured Field string (`"…"`) or
                 *     bare; printable ASCII without spaces, `"` or `\`, at most 255 characters. The first
                 *     request's outcome — its status, body and `Location`/`ETag` headers, a refusal (4xx) as much
                 *     as a success — is kept for 24 hours (`IDEMPOTENCY_RETENTION_SEC`) for the caller's tenant
                 *     (or service principal) and this key; a retry of the same request gets that answer again,
                 *     with `Idempotency-Replayed: true`. (A request refused before it reaches the create — its
                 *     credentials, its tenant, its values, its permission — is answered as without a key, and
                 *     nothing is kept.) The same key with another request (another body, or
                 *     another path) is refused with `422 idempotency_key_reused`; a retry while the first is
                 *     still running with `409 idempotency_key_in_progress` and `Retry-After`. An unexpected
                 *     failure (`500`, or a `503` of the database or the provider) is not kept, so a retry may
                 *     succeed. A create whose answer shows a secret once (an API key's plaintext) keeps no body:
                 *     its replay is refused with `409 idempotency_replay_withheld`, naming where the created
                 *     resource is. Without the header the create is not made idempotent. An empty, over-long or
                 *     malformed key is refused with `400 validation_failed`, pointer `/idempotency-key`.
                 * @example "8e03978e-40d5-43e8-bc93-6894a57f9324"
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The registered endpoint, with its signing secret (shown only now). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    Location: components["headers"]["Location"];
                    "Idempotency-Replayed": components["headers"]["Idempotency-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookEndpoint"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `idempotency_key_in_progress` (40900040): The first request with this Idempotency-Key is still running. Wait for the seconds in Retry-After, then retry with the same key: you will get the first request's outcome.
             *     * `idempotency_replay_withheld` (40900041): The first request with this Idempotency-Key created the resource, but its answer showed a secret once and is not kept. The resource exists (details.location). If you did not receive its secret, revoke it there and create another with a new key.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-In-Progress"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `idempotency_key_reused` (42200040): This Idempotency-Key was used for another request (another body or another path). Use a new Idempotency-Key for each new request; send the same key only to retry the very same request.
             *     * `webhook_url_not_allowed` (42260001): The webhook URL may not be used. Use a public http(s) URL whose host resolves to public addresses only.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a webhook endpoint of the tenant.
                 * @example 3b1f0e6a-8c2d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhook endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `webhook_endpoint_not_found` (40460002): No webhook endpoint with this id exists in the tenant. Check the webhook endpoint id; list the tenant's webhook endpoints to find it.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a webhook endpoint of the tenant.
                 * @example 3b1f0e6a-8c2d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `webhook_endpoint_not_found` (40460002): No webhook endpoint with this id exists in the tenant. Check the webhook endpoint id; list the tenant's webhook endpoints to find it.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a webhook endpoint of the tenant.
                 * @example 3b1f0e6a-8c2d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
            };
        };
        responses: {
            /** @description The updated webhook endpoint. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `malformed_json` (40000002): The request body is not valid JSON. Send a body that is valid JSON (RFC 8259), encoded as UTF-8.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `webhook_endpoint_not_found` (40460002): No webhook endpoint with this id exists in the tenant. Check the webhook endpoint id; list the tenant's webhook endpoints to find it.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Payload Too Large. Codes:
             *
             *     * `payload_too_large` (41300001): The request body is larger than the API accepts. Send a smaller body (at most 1 MiB unless the operator configured another limit).
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unsupported Media Type. Codes:
             *
             *     * `unsupported_media_type` (41500001): The request body must be sent as application/json. Send the body with Content-Type: application/json.
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unprocessable Entity. Codes:
             *
             *     * `webhook_url_not_allowed` (42260001): The webhook URL may not be used. Use a public http(s) URL whose host resolves to public addresses only.
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from `pagination.previousCursor`. Do not combine with `after`. */
                before?: components["parameters"]["Before"];
                /** @description Opaque cursor from `pagination.nextCursor`. Do not combine with `before`. */
                after?: components["parameters"]["After"];
                /** @description Maximum number of items to return, 1 to 100; defaults to 100. */
                limit?: components["parameters"]["Limit"];
            };
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a webhook endpoint of the tenant.
                 * @example 3b1f0e6a-8c2d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["WebhookEndpointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             *     * `invalid_cursor` (40000003): The pagination cursor is not valid for this list. Pass back, unchanged, a cursor this same list returned (same filters, same tenant), or start again from the first page without one.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `webhook_endpoint_not_found` (40460002): No webhook endpoint with this id exists in the tenant. Check the webhook endpoint id; list the tenant's webhook endpoints to find it.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description Tenant identifier. Must name the tenant of the credential; otherwise the request is
                 *     refused with `403 tenant_mismatch`.
                 * @example 2489e9ad-2ee2-4e00-8ec9-32d5f69181c0
                 */
                "X-Tenant-ID": components["parameters"]["TenantId"];
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /**
                 * @description The id of a webhook endpoint of the tenant.
                 * @example 3b1f0e6a-8c2d-4e5f-9a7b-6c5d4e3f2a1b
                 */
                id: components["parameters"]["WebhookEndpointId"];
                /**
                 * @description The id of a delivery to the endpoint.
                 * @example 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f6e
                 */
                deliveryId: components["schemas"]["Uuid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new delivery, queued. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             *     * `conflicting_credentials` (40040001): Send one credential: an API key in X-API-Key or a Bearer token in Authorization, not both. Remove one of the two headers and send the request again; the operation lists the credentials it accepts under its authorizations.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Unauthorized. Codes:
             *
             *     * `unauthenticated` (40140001): A valid credential is required. Send a valid credential: a Bearer token in Authorization, or an API key in X-API-Key where the operation accepts one. Obtain a new token if it expired.
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Forbidden. Codes:
             *
             *     * `tenant_mismatch` (40340001): X-Tenant-ID does not name the tenant of the credential. Send in X-Tenant-ID the id of the tenant your credential belongs to; service tokens cannot call tenant operations.
             *     * `tenant_suspended` (40340101): The tenant of this credential is suspended. Ask the operator of this deployment to reactivate the tenant; its users and API keys work again from then on, with its data unchanged.
             *     * `forbidden` (40340002): The credential is not allowed to perform this operation. Use a credential whose roles or key kind allow this operation; notices says which policy decided.
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Not Found. Codes:
             *
             *     * `webhook_endpoint_not_found` (40460002): No webhook endpoint with this id exists in the tenant. Check the webhook endpoint id; list the tenant's webhook endpoints to find it.
             *     * `webhook_delivery_not_found` (40460003): No delivery with this id was made to the webhook endpoint. Check the delivery id; list the endpoint's deliveries to find it.
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Conflict. Codes:
             *
             *     * `webhook_endpoint_disabled` (40960001): The webhook endpoint is disabled. Enable the endpoint (PATCH with enabled: true), then redeliver.
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             *     * `database_unavailable` (50300002): The database cannot be reached; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (5), then retry; the service reconnects by itself when its database returns.
             *     * `database_timeout` (50300003): The database did not answer in time (a lock, statement or transaction bound); retry after the Retry-After delay. Wait for the number of seconds in Retry-After (2), then retry; timeouts that persist on one resource mean other requests hold it locked for long.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Optional caller-chosen id for this request, echoed in the `X-Request-Id` response
                 *     header, in error envelopes and in the service's logs. A new id is generated when it is
                 *     absent. One that does not match this schema, or that is sent more than once, is refused
                 *     with `400` (`validation_failed` or `duplicate_header`, pointer `/x-request-id`); that
                 *     answer carries a generated id.
                 * @example req_7f3c2a9d1e
                 */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service is ready. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /**
             * @description Bad Request. Codes:
             *
             *     * `validation_failed` (40000001): The request has invalid values; see errors for each one. Correct each value that errors points to (location and JSON pointer), then send the request again.
             *     * `duplicate_header` (40000005): A header that takes one value was sent more than once; see errors for each one. Send each of Authorization, X-API-Key, X-Tenant-ID, X-Request-Id, Idempotency-Key, If-Match and If-None-Match at most once.
             *     * `body_not_allowed` (40000006): This operation takes no request body; send the request without one. Drop the body, with any Content-Length above 0 and any Transfer-Encoding; GET and DELETE operations take none.
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Internal Server Error. Codes:
             *
             *     * `internal_error` (50000001): An unexpected error occurred; quote the requestId when reporting it. Retry later; if it persists, report it with the requestId.
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /**
             * @description Service Unavailable. Codes:
             *
             *     * `shutting_down` (50300004): This instance is shutting down; retry after the Retry-After delay. Wait for the number of seconds in Retry-After (1), then retry on a new connection; another instance of the service takes it.
             *     * `service_unavailable` (50300001): The service is not ready to take requests. Retry later with backoff; the service or something it needs (such as the token signing keys) is not available now.
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After-Unavailable"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receiveAuditEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Received; any 2xx status will do. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
