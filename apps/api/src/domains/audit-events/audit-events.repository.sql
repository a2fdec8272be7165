-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- AuditEventsRepository.page (first page)
SELECT
  e.id AS id,
  e.occurred_at AS "createdAt"
FROM
  audit_events e
WHERE
  e.tenant_id = $1::uuid
ORDER BY
  e.occurred_at ASC,
  e.id ASC
LIMIT
  $2::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."type",
  "t0"."occurred_at" AS "occurredAt",
  "t0"."actor_kind"::text AS "actorKind",
  "t0"."actor_id" AS "actorId",
  "t0"."request_id" AS "requestId",
  "t0"."resource_type" AS "resourceType",
  "t0"."resource_id" AS "resourceId",
  "t0"."changes"
FROM
  "public"."audit_events" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- AuditEventsRepository.page (next page)
SELECT
  e.id AS id,
  e.occurred_at AS "createdAt"
FROM
  audit_events e
WHERE
  e.tenant_id = $1::uuid
  AND (e.occurred_at, e.id) > ($2::timestamptz, $3::uuid)
ORDER BY
  e.occurred_at ASC,
  e.id ASC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."type",
  "t0"."occurred_at" AS "occurredAt",
  "t0"."actor_kind"::text AS "actorKind",
  "t0"."actor_id" AS "actorId",
  "t0"."request_id" AS "requestId",
  "t0"."resource_type" AS "resourceType",
  "t0"."resource_id" AS "resourceId",
  "t0"."changes"
FROM
  "public"."audit_events" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- AuditEventsRepository.page (previous page)
SELECT
  e.id AS id,
  e.occurred_at AS "createdAt"
FROM
  audit_events e
WHERE
  e.tenant_id = $1::uuid
  AND (e.occurred_at, e.id) < ($2::timestamptz, $3::uuid)
ORDER BY
  e.occurred_at DESC,
  e.id DESC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."type",
  "t0"."occurred_at" AS "occurredAt",
  "t0"."actor_kind"::text AS "actorKind",
  "t0"."actor_id" AS "actorId",
  "t0"."request_id" AS "requestId",
  "t0"."resource_type" AS "resourceType",
  "t0"."resource_id" AS "resourceId",
  "t0"."changes"
FROM
  "public"."audit_events" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- AuditEventsRepository.page (by type)
SELECT
  e.id AS id,
  e.occurred_at AS "createdAt"
FROM
  audit_events e
WHERE
  e.tenant_id = $1::uuid
  AND e.type = $2
ORDER BY
  e.occurred_at ASC,
  e.id ASC
LIMIT
  $3::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."type",
  "t0"."occurred_at" AS "occurredAt",
  "t0"."actor_kind"::text AS "actorKind",
  "t0"."actor_id" AS "actorId",
  "t0"."request_id" AS "requestId",
  "t0"."resource_type" AS "resourceType",
  "t0"."resource_id" AS "resourceId",
  "t0"."changes"
FROM
  "public"."audit_events" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- AuditEventsRepository.page (by actor)
SELECT
  e.id AS id,
  e.occurred_at AS "createdAt"
FROM
  audit_events e
WHERE
  e.tenant_id = $1::uuid
  AND e.actor_id = $2
ORDER BY
  e.occurred_at ASC,
  e.id ASC
LIMIT
  $3::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."type",
  "t0"."occurred_at" AS "occurredAt",
  "t0"."actor_kind"::text AS "actorKind",
  "t0"."actor_id" AS "actorId",
  "t0"."request_id" AS "requestId",
  "t0"."resource_type" AS "resourceType",
  "t0"."resource_id" AS "resourceId",
  "t0"."changes"
FROM
  "public"."audit_events" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- AuditEventsRepository.page (by resource type)
SELECT
  e.id AS id,
  e.occurred_at AS "createdAt"
FROM
  audit_events e
WHERE
  e.tenant_id = $1::uuid
  AND e.resource_type = $2
ORDER BY
  e.occurred_at ASC,
  e.id ASC
LIMIT
  $3::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."type",
  "t0"."occurred_at" AS "occurredAt",
  "t0"."actor_kind"::text AS "actorKind",
  "t0"."actor_id" AS "actorId",
  "t0"."request_id" AS "requestId",
  "t0"."resource_type" AS "resourceType",
  "t0"."resource_id" AS "resourceId",
  "t0"."changes"
FROM
  "public"."audit_events" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- AuditEventsRepository.page (by resource)
SELECT
  e.id AS id,
  e.occurred_at AS "createdAt"
FROM
  audit_events e
WHERE
  e.tenant_id = $1::uuid
  AND e.resource_type = $2
  AND e.resource_id = $3
ORDER BY
  e.occurred_at ASC,
  e.id ASC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."type",
  "t0"."occurred_at" AS "occurredAt",
  "t0"."actor_kind"::text AS "actorKind",
  "t0"."actor_id" AS "actorId",
  "t0"."request_id" AS "requestId",
  "t0"."resource_type" AS "resourceType",
  "t0"."resource_id" AS "resourceId",
  "t0"."changes"
FROM
  "public"."audit_events" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- AuditEventsRepository.page (occurred after)
SELECT
  e.id AS id,
  e.occurred_at AS "createdAt"
FROM
  audit_events e
WHERE
  e.tenant_id = $1::uuid
  AND e.occurred_at >= $2::timestamptz
ORDER BY
  e.occurred_at ASC,
  e.id ASC
LIMIT
  $3::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."type",
  "t0"."occurred_at" AS "occurredAt",
  "t0"."actor_kind"::text AS "actorKind",
  "t0"."actor_id" AS "actorId",
  "t0"."request_id" AS "requestId",
  "t0"."resource_type" AS "resourceType",
  "t0"."resource_id" AS "resourceId",
  "t0"."changes"
FROM
  "public"."audit_events" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- AuditEventsRepository.page (occurred before)
SELECT
  e.id AS id,
  e.occurred_at AS "createdAt"
FROM
  audit_events e
WHERE
  e.tenant_id = $1::uuid
  AND e.occurred_at < $2::timestamptz
ORDER BY
  e.occurred_at ASC,
  e.id ASC
LIMIT
  $3::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."type",
  "t0"."occurred_at" AS "occurredAt",
  "t0"."actor_kind"::text AS "actorKind",
  "t0"."actor_id" AS "actorId",
  "t0"."request_id" AS "requestId",
  "t0"."resource_type" AS "resourceType",
  "t0"."resource_id" AS "resourceId",
  "t0"."changes"
FROM
  "public"."audit_events" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- AuditEventsRepository.page (by time range)
SELECT
  e.id AS id,
  e.occurred_at AS "createdAt"
FROM
  audit_events e
WHERE
  e.tenant_id = $1::uuid
  AND e.occurred_at >= $2::timestamptz
  AND e.occurred_at < $3::timestamptz
ORDER BY
  e.occurred_at ASC,
  e.id ASC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."type",
  "t0"."occurred_at" AS "occurredAt",
  "t0"."actor_kind"::text AS "actorKind",
  "t0"."actor_id" AS "actorId",
  "t0"."request_id" AS "requestId",
  "t0"."resource_type" AS "resourceType",
  "t0"."resource_id" AS "resourceId",
  "t0"."changes"
FROM
  "public"."audit_events" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );
