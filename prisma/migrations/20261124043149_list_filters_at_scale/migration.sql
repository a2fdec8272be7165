-- Lists that stay a range scan at a million rows, whatever the filter.

-- GET /v1/audit-events?resource_type= alone: in occurred_at order without a sort (the
-- resource index puts resource_id between the type and the position).
-- CreateIndex
CREATE INDEX "audit_events_tenant_id_resource_type_occurred_at_id_idx" ON "audit_events"("tenant_id", "resource_type", "occurred_at", "id");

-- GET /v1/users?role=: each grant carries its holder's created_at, so the holders of a role
-- are read in the users' list order from one index, as many or as few as they are.
-- AlterTable
ALTER TABLE "user_roles" ADD COLUMN "user_created_at" TIMESTAMPTZ(3);

UPDATE "user_roles" ur SET "user_created_at" = u."created_at"
FROM "tenant_users" u WHERE u."tenant_id" = ur."tenant_id" AND u."id" = ur."user_id";

ALTER TABLE "user_roles" ALTER COLUMN "user_created_at" SET NOT NULL;

-- A user's created_at never changes: a grant copies it once, whoever writes the grant.
CREATE FUNCTION "user_roles_copy_user_created_at"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- No such user: the foreign key refuses the grant, as it did before this column.
  NEW."user_created_at" := COALESCE(
    (SELECT u."created_at" FROM "tenant_users" u WHERE u."tenant_id" = NEW."tenant_id" AND u."id" = NEW."user_id"),
    '-infinity');
  RETURN NEW;
END
$$;

CREATE TRIGGER "user_roles_copy_user_created_at" BEFORE INSERT OR UPDATE OF "tenant_id", "user_id" ON "user_roles"
FOR EACH ROW EXECUTE FUNCTION "user_roles_copy_user_created_at"();

-- CreateIndex
CREATE INDEX "user_roles_tenant_id_role_id_user_created_at_user_id_idx" ON "user_roles"("tenant_id", "role_id", "user_created_at", "user_id");

-- Served by the index above (its first two columns).
-- DropIndex
DROP INDEX "user_roles_tenant_id_role_id_idx";
