-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- WebhookEndpointsRepository.list (first page)
SELECT
  w.id AS id,
  w.created_at AS "createdAt"
FROM
  webhook_endpoints w
WHERE
  w.tenant_id = $1::uuid
ORDER BY
  w.created_at ASC,
  w.id ASC
LIMIT
  $2::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."url",
  "t0"."event_types" AS "eventTypes",
  "t0"."enabled",
  "t0"."description",
  "t0"."secret",
  "t0"."disabled_reason" AS "disabledReason",
  "t0"."consecutive_failures" AS "consecutiveFailures",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."webhook_endpoints" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- WebhookEndpointsRepository.list (next page)
SELECT
  w.id AS id,
  w.created_at AS "createdAt"
FROM
  webhook_endpoints w
WHERE
  w.tenant_id = $1::uuid
  AND (w.created_at, w.id) > ($2::timestamptz, $3::uuid)
ORDER BY
  w.created_at ASC,
  w.id ASC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."url",
  "t0"."event_types" AS "eventTypes",
  "t0"."enabled",
  "t0"."description",
  "t0"."secret",
  "t0"."disabled_reason" AS "disabledReason",
  "t0"."consecutive_failures" AS "consecutiveFailures",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."webhook_endpoints" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- WebhookEndpointsRepository.list (previous page)
SELECT
  w.id AS id,
  w.created_at AS "createdAt"
FROM
  webhook_endpoints w
WHERE
  w.tenant_id = $1::uuid
  AND (w.created_at, w.id) < ($2::timestamptz, $3::uuid)
ORDER BY
  w.created_at DESC,
  w.id DESC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."url",
  "t0"."event_types" AS "eventTypes",
  "t0"."enabled",
  "t0"."description",
  "t0"."secret",
  "t0"."disabled_reason" AS "disabledReason",
  "t0"."consecutive_failures" AS "consecutiveFailures",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."webhook_endpoints" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );
