-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- IdentityProvidersRepository.list (first page)
SELECT
  p.id AS id,
  p.created_at AS "createdAt"
FROM
  identity_providers p
WHERE
  p.tenant_id = $1::uuid
ORDER BY
  p.created_at ASC,
  p.id ASC
LIMIT
  $2::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."name",
  "t0"."type"::text,
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version"
FROM
  "public"."identity_providers" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- IdentityProvidersRepository.list (next page)
SELECT
  p.id AS id,
  p.created_at AS "createdAt"
FROM
  identity_providers p
WHERE
  p.tenant_id = $1::uuid
  AND (p.created_at, p.id) > ($2::timestamptz, $3::uuid)
ORDER BY
  p.created_at ASC,
  p.id ASC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."name",
  "t0"."type"::text,
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version"
FROM
  "public"."identity_providers" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- IdentityProvidersRepository.list (previous page)
SELECT
  p.id AS id,
  p.created_at AS "createdAt"
FROM
  identity_providers p
WHERE
  p.tenant_id = $1::uuid
  AND (p.created_at, p.id) < ($2::timestamptz, $3::uuid)
ORDER BY
  p.created_at DESC,
  p.id DESC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."name",
  "t0"."type"::text,
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version"
FROM
  "public"."identity_providers" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );
