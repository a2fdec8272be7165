-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- LocalProviderRepository.members (first page)
SELECT
  m.id AS id,
  m.created_at AS "createdAt",
  m.user_id AS "userId"
FROM
  provider_memberships m
WHERE
  m.organization_id = $1
ORDER BY
  m.created_at ASC,
  m.id ASC
LIMIT
  $2::int;
SELECT
  "t0"."id",
  "t0"."email",
  "t0"."first_name" AS "firstName",
  "t0"."last_name" AS "lastName",
  "t0"."mobile_number" AS "mobileNumber",
  "t0"."email_verified" AS "emailVerified",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."provider_users" AS "t0"
WHERE
  "t0"."id" IN ($1, $2, $3);

-- LocalProviderRepository.members (next page)
SELECT
  m.id AS id,
  m.created_at AS "createdAt",
  m.user_id AS "userId"
FROM
  provider_memberships m
WHERE
  m.organization_id = $1
  AND (m.created_at, m.id) > ($2::timestamptz, $3::text)
ORDER BY
  m.created_at ASC,
  m.id ASC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."email",
  "t0"."first_name" AS "firstName",
  "t0"."last_name" AS "lastName",
  "t0"."mobile_number" AS "mobileNumber",
  "t0"."email_verified" AS "emailVerified",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."provider_users" AS "t0"
WHERE
  "t0"."id" IN ($1, $2, $3);

-- LocalProviderRepository.members (previous page)
SELECT
  m.id AS id,
  m.created_at AS "createdAt",
  m.user_id AS "userId"
FROM
  provider_memberships m
WHERE
  m.organization_id = $1
  AND (m.created_at, m.id) < ($2::timestamptz, $3::text)
ORDER BY
  m.created_at DESC,
  m.id DESC
LIMIT
  $4::int;
SELECT
  "t0"."id",
  "t0"."email",
  "t0"."first_name" AS "firstName",
  "t0"."last_name" AS "lastName",
  "t0"."mobile_number" AS "mobileNumber",
  "t0"."email_verified" AS "emailVerified",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt"
FROM
  "public"."provider_users" AS "t0"
WHERE
  "t0"."id" IN ($1, $2, $3);
