import { FormControl } from '@angular/forms';
import fullMetadata from 'libphonenumber-js/metadata.min.json';
import { COUNTRIES } from './country';
import { callingCode, toE164 } from './phone';
import { phoneNumber } from './phone-validators';
import phoneMetadata from './phone-metadata.json';

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

describe('toE164', () => {
  it('reads a number as dialled at home in the chosen country', () => {
    expect(toE164('77 123 45 01', 'SN')).toBe('+221771234501');
    expect(toE164('0712 345 678', 'KE')).toBe('+254712345678');
  });

  it('lets a typed country code win, and refuses numbers of countries we do not serve', () => {
    expect(toE164('+254 712 345 678', 'SN')).toBe('+254712345678');
    expect(toE164('0712 345 678', 'SN')).toBeNull();
    expect(toE164('+33 6 12 34 56 78', 'SN')).toBeNull();
  });
});

describe('phone metadata', () => {
  it("is libphonenumber's own for exactly the countries we serve (else run scripts/phone-metadata.mjs)", () => {
    const countries = Object.fromEntries(COUNTRIES.map((c) => [c, fullMetadata.countries[c]]));
    expect(phoneMetadata.version).toBe(fullMetadata.version);
    expect(phoneMetadata.countries).toEqual(countries);
    for (const country of COUNTRIES) {
      const code = callingCode(country).slice(1);
      expect(phoneMetadata.country_calling_codes[code as '254']).toEqual([country]);
    }
    expect(Object.keys(phoneMetadata.country_calling_codes)).toHaveLength(COUNTRIES.length);
  });
});
