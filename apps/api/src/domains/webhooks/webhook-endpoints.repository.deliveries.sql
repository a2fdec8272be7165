-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- WebhookEndpointsRepository.deliveries (first page)
SELECT
  d.id AS id,
  d.created_at AS "createdAt"
FROM
  webhook_deliveries d
WHERE
  d.endpoint_id = $1::uuid
  AND d.tenant_id = $2::uuid
ORDER BY
  d.created_at ASC,
  d.id ASC
LIMIT
  $3::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."endpoint_id" AS "endpointId",
  "t0"."event_id" AS "eventId",
  "t0"."status"::text,
  "t0"."attempts",
  "t0"."last_status" AS "lastStatus",
  "t0"."last_error" AS "lastError",
  "t0"."next_attempt_at" AS "nextAttemptAt",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "WebhookDelivery_attemptsMade"."__prisma_data__" AS "attemptsMade"
FROM
  "public"."webhook_deliveries" AS "t0"
  LEFT JOIN LATERAL (
    SELECT
      COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__"
    FROM
      (
        SELECT
          "t3"."__prisma_data__"
        FROM
          (
            SELECT
              JSONB_BUILD_OBJECT(
                'id',
                "t2"."id",
                'tenantId',
                "t2"."tenant_id",
                'deliveryId',
                "t2"."delivery_id",
                'responseStatus',
                "t2"."response_status",
                'error',
                "t2"."error",
                'durationMs',
                "t2"."duration_ms",
                'createdAt',
                "t2"."created_at"
              ) AS "__prisma_data__",
              "t2"."created_at"
            FROM
              (
                SELECT
                  "t1".*
                FROM
                  "public"."webhook_attempts" AS "t1"
                WHERE
                  (
                    "t0"."tenant_id" = "t1"."tenant_id"
                    AND "t0"."id" = "t1"."delivery_id"
                  ) /* root select */
              ) AS "t2" /* inner select */
          ) AS "t3"
        ORDER BY
          "t3"."created_at" ASC /* middle select */
      ) AS "t4" /* outer select */
  ) AS "WebhookDelivery_attemptsMade" ON true
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );
SELECT
  "t0"."id",
  "t0"."type"
FROM
  "public"."audit_events" AS "t0"
WHERE
  "t0"."id" IN ($1, $2, $3);

-- WebhookEndpointsRepository.deliveries (next page)
SELECT
  d.id AS id,
  d.created_at AS "createdAt"
FROM
  webhook_deliveries d
WHERE
  d.endpoint_id = $1::uuid
  AND d.tenant_id = $2::uuid
  AND (d.created_at, d.id) > ($3::timestamptz, $4::uuid)
ORDER BY
  d.created_at ASC,
  d.id ASC
LIMIT
  $5::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."endpoint_id" AS "endpointId",
  "t0"."event_id" AS "eventId",
  "t0"."status"::text,
  "t0"."attempts",
  "t0"."last_status" AS "lastStatus",
  "t0"."last_error" AS "lastError",
  "t0"."next_attempt_at" AS "nextAttemptAt",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "WebhookDelivery_attemptsMade"."__prisma_data__" AS "attemptsMade"
FROM
  "public"."webhook_deliveries" AS "t0"
  LEFT JOIN LATERAL (
    SELECT
      COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__"
    FROM
      (
        SELECT
          "t3"."__prisma_data__"
        FROM
          (
            SELECT
              JSONB_BUILD_OBJECT(
                'id',
                "t2"."id",
                'tenantId',
                "t2"."tenant_id",
                'deliveryId',
                "t2"."delivery_id",
                'responseStatus',
                "t2"."response_status",
                'error',
                "t2"."error",
                'durationMs',
                "t2"."duration_ms",
                'createdAt',
                "t2"."created_at"
              ) AS "__prisma_data__",
              "t2"."created_at"
            FROM
              (
                SELECT
                  "t1".*
                FROM
                  "public"."webhook_attempts" AS "t1"
                WHERE
                  (
                    "t0"."tenant_id" = "t1"."tenant_id"
                    AND "t0"."id" = "t1"."delivery_id"
                  ) /* root select */
              ) AS "t2" /* inner select */
          ) AS "t3"
        ORDER BY
          "t3"."created_at" ASC /* middle select */
      ) AS "t4" /* outer select */
  ) AS "WebhookDelivery_attemptsMade" ON true
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );
SELECT
  "t0"."id",
  "t0"."type"
FROM
  "public"."audit_events" AS "t0"
WHERE
  "t0"."id" IN ($1, $2, $3);

-- WebhookEndpointsRepository.deliveries (previous page)
SELECT
  d.id AS id,
  d.created_at AS "createdAt"
FROM
  webhook_deliveries d
WHERE
  d.endpoint_id = $1::uuid
  AND d.tenant_id = $2::uuid
  AND (d.created_at, d.id) < ($3::timestamptz, $4::uuid)
ORDER BY
  d.created_at DESC,
  d.id DESC
LIMIT
  $5::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."endpoint_id" AS "endpointId",
  "t0"."event_id" AS "eventId",
  "t0"."status"::text,
  "t0"."attempts",
  "t0"."last_status" AS "lastStatus",
  "t0"."last_error" AS "lastError",
  "t0"."next_attempt_at" AS "nextAttemptAt",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "WebhookDelivery_attemptsMade"."__prisma_data__" AS "attemptsMade"
FROM
  "public"."webhook_deliveries" AS "t0"
  LEFT JOIN LATERAL (
    SELECT
      COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__"
    FROM
      (
        SELECT
          "t3"."__prisma_data__"
        FROM
          (
            SELECT
              JSONB_BUILD_OBJECT(
                'id',
                "t2"."id",
                'tenantId',
                "t2"."tenant_id",
                'deliveryId',
                "t2"."delivery_id",
                'responseStatus',
                "t2"."response_status",
                'error',
                "t2"."error",
                'durationMs',
                "t2"."duration_ms",
                'createdAt',
                "t2"."created_at"
              ) AS "__prisma_data__",
              "t2"."created_at"
            FROM
              (
                SELECT
                  "t1".*
                FROM
                  "public"."webhook_attempts" AS "t1"
                WHERE
                  (
                    "t0"."tenant_id" = "t1"."tenant_id"
                    AND "t0"."id" = "t1"."delivery_id"
                  ) /* root select */
              ) AS "t2" /* inner select */
          ) AS "t3"
        ORDER BY
          "t3"."created_at" ASC /* middle select */
      ) AS "t4" /* outer select */
  ) AS "WebhookDelivery_attemptsMade" ON true
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );
SELECT
  "t0"."id",
  "t0"."type"
FROM
  "public"."audit_events" AS "t0"
WHERE
  "t0"."id" IN ($1, $2, $3);
