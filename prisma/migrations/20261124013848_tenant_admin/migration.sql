-- AlterTable
ALTER TABLE "api_keys" ADD COLUMN     "created_by_user_id" UUID,
ADD COLUMN     "expires_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "tenants" ADD COLUMN     "suspended_at" TIMESTAMPTZ(3);
