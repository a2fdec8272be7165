-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- TenantsRepository.list (first page)
SELECT
  t.id AS id,
  t.created_at AS "createdAt"
FROM
  tenants t
WHERE
  true
ORDER BY
  t.created_at ASC,
  t.id ASC
LIMIT
  $1::int;
SELECT
  "t0"."id",
  "t0"."name",
  "t0"."suspended_at" AS "suspendedAt",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."tenants" AS "t0"
WHERE
  "t0"."id" IN ($1, $2, $3);

-- TenantsRepository.list (next page)
SELECT
  t.id AS id,
  t.created_at AS "createdAt"
FROM
  tenants t
WHERE
  (t.created_at, t.id) > ($1::timestamptz, $2::uuid)
ORDER BY
  t.created_at ASC,
  t.id ASC
LIMIT
  $3::int;
SELECT
  "t0"."id",
  "t0"."name",
  "t0"."suspended_at" AS "suspendedAt",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."tenants" AS "t0"
WHERE
  "t0"."id" IN ($1, $2, $3);

-- TenantsRepository.list (previous page)
SELECT
  t.id AS id,
  t.created_at AS "createdAt"
FROM
  tenants t
WHERE
  (t.created_at, t.id) < ($1::timestamptz, $2::uuid)
ORDER BY
  t.created_at DESC,
  t.id DESC
LIMIT
  $3::int;
SELECT
  "t0"."id",
  "t0"."name",
  "t0"."suspended_at" AS "suspendedAt",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."tenants" AS "t0"
WHERE
  "t0"."id" IN ($1, $2, $3);
