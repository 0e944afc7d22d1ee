import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { parseRetryAfter, toApiError } from './api-error';

const response = (status: number, body: unknown, headers?: Record<string, string>) =>
  new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers) });

describe('toApiError', () => {
  it('puts an error that names a shown field beside that field', () => {
    const error = toApiError(
      response(400, { errors: [{ code: 'E_INVALID_CODE', message: 'Wrong code', field: 'code' }] }),
      ['code'],
    );
    expect(error.status).toBe(400);
    expect(error.fieldErrors).toEqual({
      code: [{ code: 'E_INVALID_CODE', message: 'Wrong code', field: 'code' }],
    });
    expect(error.formErrors).toEqual([]);
  });

  it('keeps errors for fields the form does not show at the top of the form', () => {
    const error = toApiError(
      response(422, {
        errors: [
          { code: 'E_VALIDATION', message: 'Bad phone', field: 'phone' },
          { code: 'E_VALIDATION', message: 'Bad role', field: 'role' },
          { code: 'E_SMS_FAILED', message: 'SMS down' },
        ],
      }),
      ['phone'],
    );
    expect(error.fieldErrors['phone']?.map((e) => e.message)).toEqual(['Bad phone']);
    expect(error.formErrors.map((e) => e.message)).toEqual(['Bad role', 'SMS down']);
  });

  it('reads how long to wait from Retry-After on a 429', () => {
    const error = toApiError(
      response(
        429,
        { errors: [{ code: 'E_TOO_MANY_REQUESTS', message: 'Slow down' }] },
        { 'Retry-After': '42' },
      ),
    );
    expect(error.retryAfter).toBe(42);
    expect(error.formErrors[0].code).toBe('E_TOO_MANY_REQUESTS');
  });

  it('says the server could not be reached when there was no response', () => {
    const error = toApiError(response(0, new ProgressEvent('error')));
    expect(error.formErrors).toEqual([{ code: 'E_NETWORK', message: expect.any(String) }]);
  });

  it('never loses a failure whose body is not the error format', () => {
    expect(toApiError(response(502, '<html>Bad gateway</html>')).formErrors[0].code).toBe(
      'E_UNEXPECTED',
    );
    expect(toApiError(new Error('boom')).formErrors[0].code).toBe('E_UNEXPECTED');
  });
});

describe('parseRetryAfter', () => {
  it('accepts seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
