/**
 * The roles every tenant starts with and keeps: the policies read their names
 * (libs/auth/policies/tenant-users.cedar), so they cannot be renamed or deleted.
 */
export const BUILT_IN_ROLES = [
  { name: 'admin', description: 'Manages users, roles, API keys, identities and identity providers of the tenant.' },
  { name: 'member', description: 'Reads users, roles, identities and identity providers of the tenant.' },
] as const;

export const isBuiltInRole = (name: string): boolean => BUILT_IN_ROLES.some((role) => role.name === name);
