-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- UsersRepository.page (first page)
SELECT
  u.id AS id,
  u.created_at AS "createdAt",
  u.tenant_id AS tenant_id,
  u.email AS email,
  u.name AS name,
  u.auth_provider::text AS auth_provider,
  u.is_owner AS is_owner,
  u.avatar AS avatar,
  u.updated_at AS updated_at,
  u.version AS version,
  ARRAY(
    SELECT
      r.name
    FROM
      user_roles ur
      JOIN roles r ON r.tenant_id = ur.tenant_id
      AND r.id = ur.role_id
    WHERE
      ur.tenant_id = u.tenant_id
      AND ur.user_id = u.id
  ) AS roles
FROM
  tenant_users u
WHERE
  u.tenant_id = $1::uuid
ORDER BY
  u.created_at ASC,
  u.id ASC
LIMIT
  $2::int;

-- UsersRepository.page (next page)
SELECT
  u.id AS id,
  u.created_at AS "createdAt",
  u.tenant_id AS tenant_id,
  u.email AS email,
  u.name AS name,
  u.auth_provider::text AS auth_provider,
  u.is_owner AS is_owner,
  u.avatar AS avatar,
  u.updated_at AS updated_at,
  u.version AS version,
  ARRAY(
    SELECT
      r.name
    FROM
      user_roles ur
      JOIN roles r ON r.tenant_id = ur.tenant_id
      AND r.id = ur.role_id
    WHERE
      ur.tenant_id = u.tenant_id
      AND ur.user_id = u.id
  ) AS roles
FROM
  tenant_users u
WHERE
  u.tenant_id = $1::uuid
  AND (u.created_at, u.id) > ($2::timestamptz, $3::uuid)
ORDER BY
  u.created_at ASC,
  u.id ASC
LIMIT
  $4::int;

-- UsersRepository.page (previous page)
SELECT
  u.id AS id,
  u.created_at AS "createdAt",
  u.tenant_id AS tenant_id,
  u.email AS email,
  u.name AS name,
  u.auth_provider::text AS auth_provider,
  u.is_owner AS is_owner,
  u.avatar AS avatar,
  u.updated_at AS updated_at,
  u.version AS version,
  ARRAY(
    SELECT
      r.name
    FROM
      user_roles ur
      JOIN roles r ON r.tenant_id = ur.tenant_id
      AND r.id = ur.role_id
    WHERE
      ur.tenant_id = u.tenant_id
      AND ur.user_id = u.id
  ) AS roles
FROM
  tenant_users u
WHERE
  u.tenant_id = $1::uuid
  AND (u.created_at, u.id) < ($2::timestamptz, $3::uuid)
ORDER BY
  u.created_at DESC,
  u.id DESC
LIMIT
  $4::int;

-- UsersRepository.page (by email)
SELECT
  u.id AS id,
  u.created_at AS "createdAt",
  u.tenant_id AS tenant_id,
  u.email AS email,
  u.name AS name,
  u.auth_provider::text AS auth_provider,
  u.is_owner AS is_owner,
  u.avatar AS avatar,
  u.updated_at AS updated_at,
  u.version AS version,
  ARRAY(
    SELECT
      r.name
    FROM
      user_roles ur
      JOIN roles r ON r.tenant_id = ur.tenant_id
      AND r.id = ur.role_id
    WHERE
      ur.tenant_id = u.tenant_id
      AND ur.user_id = u.id
  ) AS roles
FROM
  tenant_users u
WHERE
  u.tenant_id = $1::uuid
  AND u.email = $2::citext
ORDER BY
  u.created_at ASC,
  u.id ASC
LIMIT
  $3::int;

-- UsersRepository.page (by role)
SELECT
  ur.user_id AS id,
  ur.user_created_at AS "createdAt"
FROM
  user_roles ur
WHERE
  ur.tenant_id = $1::uuid
  AND ur.role_id = (
    SELECT
      r.id
    FROM
      roles r
    WHERE
      r.tenant_id = $2::uuid
      AND r.name = $3
  )
ORDER BY
  ur.user_created_at ASC,
  ur.user_id ASC
LIMIT
  $4::int;
SELECT
  u.id,
  u.created_at AS "createdAt",
  u.tenant_id AS tenant_id,
  u.email AS email,
  u.name AS name,
  u.auth_provider::text AS auth_provider,
  u.is_owner AS is_owner,
  u.avatar AS avatar,
  u.updated_at AS updated_at,
  u.version AS version,
  ARRAY(
    SELECT
      r.name
    FROM
      user_roles ur
      JOIN roles r ON r.tenant_id = ur.tenant_id
      AND r.id = ur.role_id
    WHERE
      ur.tenant_id = u.tenant_id
      AND ur.user_id = u.id
  ) AS roles
FROM
  tenant_users u
WHERE
  u.tenant_id = $1::uuid
  AND u.id = ANY ($2::uuid[]);
