-- The SQL of this list, kept current by its test (describeKeysetList). Rewrite it with `npm run db:sql`.

-- UsersRepository.page (first page)
SELECT
  u.id AS id,
  u.created_at AS "createdAt"
FROM
  tenant_users u
WHERE
  u.tenant_id = $1::uuid
ORDER BY
  u.created_at ASC,
  u.id ASC
LIMIT
  $2::int;
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."email",
  "t0"."name",
  "t0"."auth_provider"::text AS "authProvider",
  "t0"."is_owner" AS "isOwner",
  "t0"."avatar",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version",
  "TenantUser_userRoles"."__prisma_data__" AS "userRoles"
FROM
  "public"."tenant_users" AS "t0"
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
                'tenantId',
                "t2"."tenant_id",
                'roleId',
                "t2"."role_id",
                'role',
                "UserRole_role"."__prisma_data__"
              ) AS "__prisma_data__",
              "t2"."tenant_id",
              "t2"."role_id"
            FROM
              (
                SELECT
                  "t1".*
                FROM
                  "public"."user_roles" AS "t1"
                WHERE
                  (
                    "t0"."tenant_id" = "t1"."tenant_id"
                    AND "t0"."id" = "t1"."user_id"
                  ) /* root select */
              ) AS "t2"
              LEFT JOIN LATERAL (
                SELECT
                  JSONB_BUILD_OBJECT('name', "t5"."name") AS "__prisma_data__"
                FROM
                  "public"."roles" AS "t5"
                WHERE
                  (
                    "t2"."tenant_id" = "t5"."tenant_id"
                    AND "t2"."role_id" = "t5"."id"
                  )
                LIMIT
                  $1
              ) AS "UserRole_role" ON true /* inner select */
          ) AS "t3" /* middle select */
      ) AS "t4" /* outer select */
  ) AS "TenantUser_userRoles" ON true
WHERE
  (
    "t0"."tenant_id" = $2
    AND "t0"."id" IN ($3, $4, $5)
  );

-- UsersRepository.page (next page)
SELECT
  u.id AS id,
  u.created_at AS "createdAt"
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
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."email",
  "t0"."name",
  "t0"."auth_provider"::text AS "authProvider",
  "t0"."is_owner" AS "isOwner",
  "t0"."avatar",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version",
  "TenantUser_userRoles"."__prisma_data__" AS "userRoles"
FROM
  "public"."tenant_users" AS "t0"
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
                'tenantId',
                "t2"."tenant_id",
                'roleId',
                "t2"."role_id",
                'role',
                "UserRole_role"."__prisma_data__"
              ) AS "__prisma_data__",
              "t2"."tenant_id",
              "t2"."role_id"
            FROM
              (
                SELECT
                  "t1".*
                FROM
                  "public"."user_roles" AS "t1"
                WHERE
                  (
                    "t0"."tenant_id" = "t1"."tenant_id"
                    AND "t0"."id" = "t1"."user_id"
                  ) /* root select */
              ) AS "t2"
              LEFT JOIN LATERAL (
                SELECT
                  JSONB_BUILD_OBJECT('name', "t5"."name") AS "__prisma_data__"
                FROM
                  "public"."roles" AS "t5"
                WHERE
                  (
                    "t2"."tenant_id" = "t5"."tenant_id"
                    AND "t2"."role_id" = "t5"."id"
                  )
                LIMIT
                  $1
              ) AS "UserRole_role" ON true /* inner select */
          ) AS "t3" /* middle select */
      ) AS "t4" /* outer select */
  ) AS "TenantUser_userRoles" ON true
WHERE
  (
    "t0"."tenant_id" = $2
    AND "t0"."id" IN ($3, $4, $5)
  );

-- UsersRepository.page (previous page)
SELECT
  u.id AS id,
  u.created_at AS "createdAt"
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
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."email",
  "t0"."name",
  "t0"."auth_provider"::text AS "authProvider",
  "t0"."is_owner" AS "isOwner",
  "t0"."avatar",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version",
  "TenantUser_userRoles"."__prisma_data__" AS "userRoles"
FROM
  "public"."tenant_users" AS "t0"
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
                'tenantId',
                "t2"."tenant_id",
                'roleId',
                "t2"."role_id",
                'role',
                "UserRole_role"."__prisma_data__"
              ) AS "__prisma_data__",
              "t2"."tenant_id",
              "t2"."role_id"
            FROM
              (
                SELECT
                  "t1".*
                FROM
                  "public"."user_roles" AS "t1"
                WHERE
                  (
                    "t0"."tenant_id" = "t1"."tenant_id"
                    AND "t0"."id" = "t1"."user_id"
                  ) /* root select */
              ) AS "t2"
              LEFT JOIN LATERAL (
                SELECT
                  JSONB_BUILD_OBJECT('name', "t5"."name") AS "__prisma_data__"
                FROM
                  "public"."roles" AS "t5"
                WHERE
                  (
                    "t2"."tenant_id" = "t5"."tenant_id"
                    AND "t2"."role_id" = "t5"."id"
                  )
                LIMIT
                  $1
              ) AS "UserRole_role" ON true /* inner select */
          ) AS "t3" /* middle select */
      ) AS "t4" /* outer select */
  ) AS "TenantUser_userRoles" ON true
WHERE
  (
    "t0"."tenant_id" = $2
    AND "t0"."id" IN ($3, $4, $5)
  );

-- UsersRepository.page (by email)
SELECT
  u.id AS id,
  u.created_at AS "createdAt"
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
SELECT
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."email",
  "t0"."name",
  "t0"."auth_provider"::text AS "authProvider",
  "t0"."is_owner" AS "isOwner",
  "t0"."avatar",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version",
  "TenantUser_userRoles"."__prisma_data__" AS "userRoles"
FROM
  "public"."tenant_users" AS "t0"
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
                'tenantId',
                "t2"."tenant_id",
                'roleId',
                "t2"."role_id",
                'role',
                "UserRole_role"."__prisma_data__"
              ) AS "__prisma_data__",
              "t2"."tenant_id",
              "t2"."role_id"
            FROM
              (
                SELECT
                  "t1".*
                FROM
                  "public"."user_roles" AS "t1"
                WHERE
                  (
                    "t0"."tenant_id" = "t1"."tenant_id"
                    AND "t0"."id" = "t1"."user_id"
                  ) /* root select */
              ) AS "t2"
              LEFT JOIN LATERAL (
                SELECT
                  JSONB_BUILD_OBJECT('name', "t5"."name") AS "__prisma_data__"
                FROM
                  "public"."roles" AS "t5"
                WHERE
                  (
                    "t2"."tenant_id" = "t5"."tenant_id"
                    AND "t2"."role_id" = "t5"."id"
                  )
                LIMIT
                  $1
              ) AS "UserRole_role" ON true /* inner select */
          ) AS "t3" /* middle select */
      ) AS "t4" /* outer select */
  ) AS "TenantUser_userRoles" ON true
WHERE
  (
    "t0"."tenant_id" = $2
    AND "t0"."id" IN ($3)
  );

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
  "t0"."id",
  "t0"."tenant_id" AS "tenantId",
  "t0"."email",
  "t0"."name",
  "t0"."auth_provider"::text AS "authProvider",
  "t0"."is_owner" AS "isOwner",
  "t0"."avatar",
  "t0"."created_at" AS "createdAt",
  "t0"."updated_at" AS "updatedAt",
  "t0"."version",
  "TenantUser_userRoles"."__prisma_data__" AS "userRoles"
FROM
  "public"."tenant_users" AS "t0"
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
                'tenantId',
                "t2"."tenant_id",
                'roleId',
                "t2"."role_id",
                'role',
                "UserRole_role"."__prisma_data__"
              ) AS "__prisma_data__",
              "t2"."tenant_id",
              "t2"."role_id"
            FROM
              (
                SELECT
                  "t1".*
                FROM
                  "public"."user_roles" AS "t1"
                WHERE
                  (
                    "t0"."tenant_id" = "t1"."tenant_id"
                    AND "t0"."id" = "t1"."user_id"
                  ) /* root select */
              ) AS "t2"
              LEFT JOIN LATERAL (
                SELECT
                  JSONB_BUILD_OBJECT('name', "t5"."name") AS "__prisma_data__"
                FROM
                  "public"."roles" AS "t5"
                WHERE
                  (
                    "t2"."tenant_id" = "t5"."tenant_id"
                    AND "t2"."role_id" = "t5"."id"
                  )
                LIMIT
                  $1
              ) AS "UserRole_role" ON true /* inner select */
          ) AS "t3" /* middle select */
      ) AS "t4" /* outer select */
  ) AS "TenantUser_userRoles" ON true
WHERE
  (
    "t0"."tenant_id" = $2
    AND "t0"."id" IN ($3, $4, $5)
  );
