import type { paths } from '@access/contract';

/**
 * The contract's operation with its header parameters made optional: the client's middleware
 * supplies X-Tenant-ID (and credentials), so callers need not repeat them on every call.
 */
type WithOptionalHeaders<Operation> = Operation extends { parameters: infer Params }
  ? Omit<Operation, 'parameters'> & {
      parameters: Omit<Params, 'header'> & { header?: Params extends { header?: infer Header } ? Partial<Header> : never };
    }
  : Operation;

/** `paths` of @access/contract as the client sees them (see WithOptionalHeaders). */
export type AccessPaths = {
  [Path in keyof paths]: {
    [Key in keyof paths[Path]]: Key extends 'parameters' ? paths[Path][Key] : WithOptionalHeaders<paths[Path][Key]>;
  };
};
