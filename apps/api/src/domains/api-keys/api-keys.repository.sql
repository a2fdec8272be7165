-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- ApiKeysRepository.list (first page)
SELECT
  k.id AS id,
  k.created_at AS "createdAt"
FROM
  api_keys k
WHERE
  k.tenant_id = $1::uuid
ORDER BY
  k.created_at ASC,
  k.id ASC
LIMIT
  $2::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."kind"::text,
  "t0"."name",
  "t0"."lookup_prefix" AS "lookupPrefix",
  "t0"."key_hash" AS "keyHash",
  "t0"."scopes",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."last_used_at" AS "lastUsedAt",
  "t0"."revoked_at" AS "revokedAt",
  "t0"."expires_at" AS "expiresAt",
  "t0"."created_by_user_id" AS "createdByUserId"
FROM
  "public"."api_keys" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- ApiKeysRepository.list (next page)
SELECT
  k.id AS id,
  k.created_at AS "createdAt"
FROM
  api_keys k
WHERE
  k.tenant_id = $1::uuid
  AND (k.created_at, k.id) > ($2::timestamptz, $3::uuid)
ORDER BY
  k.created_at ASC,
  k.id ASC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."kind"::text,
  "t0"."name",
  "t0"."lookup_prefix" AS "lookupPrefix",
  "t0"."key_hash" AS "keyHash",
  "t0"."scopes",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."last_used_at" AS "lastUsedAt",
  "t0"."revoked_at" AS "revokedAt",
  "t0"."expires_at" AS "expiresAt",
  "t0"."created_by_user_id" AS "createdByUserId"
FROM
  "public"."api_keys" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );

-- ApiKeysRepository.list (previous page)
SELECT
  k.id AS id,
  k.created_at AS "createdAt"
FROM
  api_keys k
WHERE
  k.tenant_id = $1::uuid
  AND (k.created_at, k.id) < ($2::timestamptz, $3::uuid)
ORDER BY
  k.created_at DESC,
  k.id DESC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."kind"::text,
  "t0"."name",
  "t0"."lookup_prefix" AS "lookupPrefix",
  "t0"."key_hash" AS "keyHash",
  "t0"."scopes",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."last_used_at" AS "lastUsedAt",
  "t0"."revoked_at" AS "revokedAt",
  "t0"."expires_at" AS "expiresAt",
  "t0"."created_by_user_id" AS "createdByUserId"
FROM
  "public"."api_keys" AS "t0"
WHERE
  (
    "t0"."tenant_id" = $1
    AND "t0"."id" IN ($2, $3, $4)
  );
