import type { User } from '@workos-inc/node';
import type { ProviderUser } from '@access/contract';

/** The WorkOS user metadata key that holds the mobile number (WorkOS users have no such field). */
export const MOBILE_NUMBER_METADATA_KEY = 'mobile_number';

/**
 * A WorkOS user as the contract shows it, faithfully: WorkOS also holds users written by
 * other tools (its dashboard, SSO, directory sync), whose names, emails and metadata this
 * API would not have accepted, and the contract's ProviderUser describes what WorkOS can
 * hold. Nothing is dropped for failing our input rules; absent (null) values are left out.
 */
export function toProviderUser(user: User): ProviderUser {
  const mobileNumber = user.metadata?.[MOBILE_NUMBER_METADATA_KEY];
  return {
    id: user.id,
    email: user.email,
    ...(typeof mobileNumber === 'string' && { mobileNumber }),
    ...(typeof user.firstName === 'string' && { firstName: user.firstName }),
    ...(typeof user.lastName === 'string' && { lastName: user.lastName }),
  };
}
