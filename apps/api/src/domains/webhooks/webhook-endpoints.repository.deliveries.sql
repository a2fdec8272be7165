-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- WebhookEndpointsRepository.deliveries (first page)
SELECT
  d.id AS id,
  d.created_at AS "createdAt",
  d.endpoint_id AS "endpointId",
  d.event_id AS "eventId",
  d.status::text AS status,
  d.next_attempt_at AS "nextAttemptAt",
  COALESCE(
    (
      SELECT
        e.type
      FROM
        audit_events e
      WHERE
        e.id = d.event_id
    ),
    'unknown'
  ) AS "eventType",
  COALESCE(
    (
      SELECT
        json_agg(
          json_build_object(
            'createdAt',
            a.created_at,
            'responseStatus',
            a.response_status,
            'error',
            a.error,
            'durationMs',
            a.duration_ms
          )
          ORDER BY
            a.created_at
        )
      FROM
        webhook_attempts a
      WHERE
        a.delivery_id = d.id
    ),
    '[]'
  ) AS "attemptsMade"
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

-- WebhookEndpointsRepository.deliveries (next page)
SELECT
  d.id AS id,
  d.created_at AS "createdAt",
  d.endpoint_id AS "endpointId",
  d.event_id AS "eventId",
  d.status::text AS status,
  d.next_attempt_at AS "nextAttemptAt",
  COALESCE(
    (
      SELECT
        e.type
      FROM
        audit_events e
      WHERE
        e.id = d.event_id
    ),
    'unknown'
  ) AS "eventType",
  COALESCE(
    (
      SELECT
        json_agg(
          json_build_object(
            'createdAt',
            a.created_at,
            'responseStatus',
            a.response_status,
            'error',
            a.error,
            'durationMs',
            a.duration_ms
          )
          ORDER BY
            a.created_at
        )
      FROM
        webhook_attempts a
      WHERE
        a.delivery_id = d.id
    ),
    '[]'
  ) AS "attemptsMade"
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

-- WebhookEndpointsRepository.deliveries (previous page)
SELECT
  d.id AS id,
  d.created_at AS "createdAt",
  d.endpoint_id AS "endpointId",
  d.event_id AS "eventId",
  d.status::text AS status,
  d.next_attempt_at AS "nextAttemptAt",
  COALESCE(
    (
      SELECT
        e.type
      FROM
        audit_events e
      WHERE
        e.id = d.event_id
    ),
    'unknown'
  ) AS "eventType",
  COALESCE(
    (
      SELECT
        json_agg(
          json_build_object(
            'createdAt',
            a.created_at,
            'responseStatus',
            a.response_status,
            'error',
            a.error,
            'durationMs',
            a.duration_ms
          )
          ORDER BY
            a.created_at
        )
      FROM
        webhook_attempts a
      WHERE
        a.delivery_id = d.id
    ),
    '[]'
  ) AS "attemptsMade"
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
