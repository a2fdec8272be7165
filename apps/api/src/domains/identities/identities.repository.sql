-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- IdentitiesRepository.list (first page)
SELECT
  i.id AS id,
  i.created_at AS "createdAt"
FROM
  identities i
WHERE
  i.user_id = $1::uuid
  AND i.tenant_id = $2::uuid
ORDER BY
  i.created_at ASC,
  i.id ASC
LIMIT
  $3::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."user_id" AS "userId",
  "t0"."identity_provider_id" AS "identityProviderId",
  "t0"."external_id" AS "externalId",
  "t0"."external_username" AS "externalUsername",
  "t0"."external_email" AS "externalEmail",
  "t0"."external_display_name" AS "externalDisplayName",
  "t0"."linked_by"::text AS "linkedBy",
  "t0"."last_synced_at" AS "lastSyncedAt",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version",
  "Identity_identityProvider"."__prisma_data__" AS "identityProvider"
FROM
  "public"."identities" AS "t0"
  LEFT JOIN LATERAL (
    SELECT
      JSONB_BUILD_OBJECT('name', "t1"."name", 'type', "t1"."type") AS "__prisma_data__"
    FROM
      "public"."identity_providers" AS "t1"
    WHERE
      (
        "t0"."tenant_id" = "t1"."tenant_id"
        AND "t0"."identity_provider_id" = "t1"."id"
      )
    LIMIT
      $1
  ) AS "Identity_identityProvider" ON true
WHERE
  (
    "t0"."tenant_id" = $2
    AND "t0"."user_id" = $3
    AND "t0"."id" IN ($4, $5, $6)
  );

-- IdentitiesRepository.list (next page)
SELECT
  i.id AS id,
  i.created_at AS "createdAt"
FROM
  identities i
WHERE
  i.user_id = $1::uuid
  AND i.tenant_id = $2::uuid
  AND (i.created_at, i.id) > ($3::timestamptz, $4::uuid)
ORDER BY
  i.created_at ASC,
  i.id ASC
LIMIT
  $5::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."user_id" AS "userId",
  "t0"."identity_provider_id" AS "identityProviderId",
  "t0"."external_id" AS "externalId",
  "t0"."external_username" AS "externalUsername",
  "t0"."external_email" AS "externalEmail",
  "t0"."external_display_name" AS "externalDisplayName",
  "t0"."linked_by"::text AS "linkedBy",
  "t0"."last_synced_at" AS "lastSyncedAt",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version",
  "Identity_identityProvider"."__prisma_data__" AS "identityProvider"
FROM
  "public"."identities" AS "t0"
  LEFT JOIN LATERAL (
    SELECT
      JSONB_BUILD_OBJECT('name', "t1"."name", 'type', "t1"."type") AS "__prisma_data__"
    FROM
      "public"."identity_providers" AS "t1"
    WHERE
      (
        "t0"."tenant_id" = "t1"."tenant_id"
        AND "t0"."identity_provider_id" = "t1"."id"
      )
    LIMIT
      $1
  ) AS "Identity_identityProvider" ON true
WHERE
  (
    "t0"."tenant_id" = $2
    AND "t0"."user_id" = $3
    AND "t0"."id" IN ($4, $5, $6)
  );

-- IdentitiesRepository.list (previous page)
SELECT
  i.id AS id,
  i.created_at AS "createdAt"
FROM
  identities i
WHERE
  i.user_id = $1::uuid
  AND i.tenant_id = $2::uuid
  AND (i.created_at, i.id) < ($3::timestamptz, $4::uuid)
ORDER BY
  i.created_at DESC,
  i.id DESC
LIMIT
  $5::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."user_id" AS "userId",
  "t0"."identity_provider_id" AS "identityProviderId",
  "t0"."external_id" AS "externalId",
  "t0"."external_username" AS "externalUsername",
  "t0"."external_email" AS "externalEmail",
  "t0"."external_display_name" AS "externalDisplayName",
  "t0"."linked_by"::text AS "linkedBy",
  "t0"."last_synced_at" AS "lastSyncedAt",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version",
  "Identity_identityProvider"."__prisma_data__" AS "identityProvider"
FROM
  "public"."identities" AS "t0"
  LEFT JOIN LATERAL (
    SELECT
      JSONB_BUILD_OBJECT('name', "t1"."name", 'type', "t1"."type") AS "__prisma_data__"
    FROM
      "public"."identity_providers" AS "t1"
    WHERE
      (
        "t0"."tenant_id" = "t1"."tenant_id"
        AND "t0"."identity_provider_id" = "t1"."id"
      )
    LIMIT
      $1
  ) AS "Identity_identityProvider" ON true
WHERE
  (
    "t0"."tenant_id" = $2
    AND "t0"."user_id" = $3
    AND "t0"."id" IN ($4, $5, $6)
  );
