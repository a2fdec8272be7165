import { ERROR_DEFINITIONS, ERRORS } from '../src/lib/catalogue';

describe('error catalogue', () => {
  it('gives every error a unique slug and a unique 8-digit code', () => {
    const codes = ERROR_DEFINITIONS.map((d) => d.errorCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [slug, def] of Object.entries(ERRORS)) {
      expect(def.code).toBe(slug);
      expect(def.errorCode).toMatch(/^[1-5]\d{2}\d{2}\d{3}$/);
      expect(def.message.length).toBeGreaterThan(10);
    }
  });

  it('derives the HTTP status from the first three digits', () => {
    for (const def of ERROR_DEFINITIONS) {
      expect(def.status).toBe(Number(def.errorCode.slice(0, 3)));
      expect(def.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('keeps the documented example code for tenant_mismatch', () => {
    expect(ERRORS.tenant_mismatch.errorCode).toBe('40340001');
  });
});
