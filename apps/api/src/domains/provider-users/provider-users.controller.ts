import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  DEFAULT_PAGE_LIMIT,
  type CreateProviderUserRequest,
  type PageQuery,
  type ProviderUser,
  type ProviderUserList,
  type UpdateProviderUserRequest,
} from '@access/contract';
import { Authorize } from '../../platform/auth/authorize.decorator';
import { errorSource } from '../../platform/contract/error-sources';
import { Operation } from '../../platform/contract/operation.decorator';
import type { HeaderSink } from '../../platform/http/header-sink';
import { CursorCodec } from '../../platform/pagination/cursor-codec';
import { ACCESS_PROVIDER, type AccessProvider } from './access-provider';
import { ProviderCursors } from './provider-cursors';

const ROUTES = 'v1/provider';

/**
 * 429 and 503 of whichever access provider serves these routes (none configured: 503), and
 * its 422 for a refusal that names no value. The codes that depend on the operation (its
 * not-found, a taken email, refused values with pointers into its request) are its own.
 */
export const ACCESS_PROVIDER_ERRORS = errorSource('access-provider', (operation) => operation.path.startsWith(`/${ROUTES}/`));

/**
 * The provider-user operations. The guards have already authenticated the service
 * token, checked its scope and validated the request against the contract.
 */
@Controller(ROUTES)
export class ProviderUsersController {
  constructor(
    @Inject(ACCESS_PROVIDER) private readonly provider: AccessProvider,
    private readonly codec: CursorCodec,
  ) {}

  @Post('users')
  @HttpCode(201)
  @Operation('createProviderUser')
  @Authorize({ action: 'createProviderUser', resource: { type: 'ProviderDirectory' } })
  async create(@Body() body: CreateProviderUserRequest, @Res({ passthrough: true }) reply: HeaderSink): Promise<ProviderUser> {
    const user = await this.provider.createUser(body);
    reply.header('Location', `/v1/provider/users/${encodeURIComponent(user.id)}`);
    return user;
  }

  @Get('users/:userId')
  @Operation('getProviderUser')
  @Authorize({ action: 'getProviderUser', resource: { type: 'ProviderDirectory' } })
  get(@Param('userId') userId: string): Promise<ProviderUser> {
    return this.provider.getUser(userId);
  }

  @Patch('users/:userId')
  @Operation('updateProviderUser')
  @Authorize({ action: 'updateProviderUser', resource: { type: 'ProviderDirectory' } })
  update(@Param('userId') userId: string, @Body() body: UpdateProviderUserRequest): Promise<ProviderUser> {
    return this.provider.updateUser(userId, body);
  }

  @Get('organizations/:organizationId/users')
  @Operation('listProviderOrganizationUsers')
  @Authorize({ action: 'listProviderOrganizationUsers', resource: { type: 'ProviderDirectory' } })
  async listOrganizationUsers(@Param('organizationId') organizationId: string, @Query() query: PageQuery): Promise<ProviderUserList> {
    const cursors = ProviderCursors.forOrganization(this.codec, this.provider.kind, organizationId);
    const page = await this.provider.listOrganizationUsers(
      organizationId,
      cursors.unwrap({ ...query, limit: query.limit ?? DEFAULT_PAGE_LIMIT }),
    );
    return cursors.wrap(page);
  }
}
