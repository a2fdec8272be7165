import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ApiException } from '@access/errors';
import { toApiException } from '../../../src/platform/http/to-api-exception';

describe('toApiException', () => {
  it('keeps an ApiException as it is', () => {
    const original = new ApiException('user_exists');
    expect(toApiException(original)).toBe(original);
  });

  it('maps NestJS exceptions by status', () => {
    expect(toApiException(new NotFoundException()).code).toBe('not_found');
    expect(toApiException(new BadRequestException()).code).toBe('bad_request');
  });

  it.each([
    ['FST_ERR_CTP_INVALID_MEDIA_TYPE', 415, 'unsupported_media_type'],
    ['FST_ERR_CTP_BODY_TOO_LARGE', 413, 'payload_too_large'],
    ['FST_ERR_CTP_EMPTY_JSON_BODY', 400, 'malformed_json'],
  ])('maps Fastify error %s to %s', (code, statusCode, slug) => {
    const error = Object.assign(new Error('fastify'), { code, statusCode });
    expect(toApiException(error).code).toBe(slug);
  });

  it('maps a JSON SyntaxError from the body parser to malformed_json', () => {
    const error = Object.assign(new SyntaxError('Unexpected token'), { statusCode: 400 });
    expect(toApiException(error).code).toBe('malformed_json');
  });

  it('hides an unknown error behind internal_error and its default message', () => {
    const mapped = toApiException(new Error('connection string postgres://secret@db'));
    expect(mapped.code).toBe('internal_error');
    expect(mapped.message).not.toContain('secret');
  });
});
