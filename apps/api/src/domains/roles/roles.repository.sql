-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- RolesRepository.list (first page)
SELECT
  r.id AS id,
  r.created_at AS "createdAt"
FROM
  roles r
WHERE
  r.tenant_id = $1::uuid
ORDER BY
  r.created_at ASC,
  r.id ASC
LIMIT
  $2::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."name",
  "t0"."description",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."roles" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- RolesRepository.list (next page)
SELECT
  r.id AS id,
  r.created_at AS "createdAt"
FROM
  roles r
WHERE
  r.tenant_id = $1::uuid
  AND (r.created_at, r.id) > ($2::timestamptz, $3::uuid)
ORDER BY
  r.created_at ASC,
  r.id ASC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."name",
  "t0"."description",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."roles" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- RolesRepository.list (previous page)
SELECT
  r.id AS id,
  r.created_at AS "createdAt"
FROM
  roles r
WHERE
  r.tenant_id = $1::uuid
  AND (r.created_at, r.id) < ($2::timestamptz, $3::uuid)
ORDER BY
  r.created_at DESC,
  r.id DESC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."name",
  "t0"."description",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."roles" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );
