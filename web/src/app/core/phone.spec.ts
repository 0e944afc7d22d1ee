import { FormControl } from '@angular/forms';
import { phoneNumber } from './phone';

describe('phoneNumber validator', () => {
  const check = (value: string) => phoneNumber(new FormControl(value, { nonNullable: true }));

  it('accepts the ways people write their number', () => {
    for (const value of [
      '+254 712 345 678',
      '0712345678',
      '+221 77-123-45-67',
      '(0)77 123 45 67',
      '',
    ]) {
      expect(check(value), value).toBeNull();
    }
  });

  // Sign-in, order contacts, the receiver of a delivery and a new member all use this one rule.
  it('rejects letters and numbers of the wrong length', () => {
    for (const value of ['call me', '+2547abc', '12345', '+1234567890123456']) {
      expect(check(value), value).toEqual({ phone: true });
    }
  });
});
