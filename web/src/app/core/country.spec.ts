import { guessCountry } from './country';
import { toE164 } from './phone';

describe('guessCountry', () => {
  it('goes by the time zone first, then a region in the languages, then the language', () => {
    expect(guessCountry('KE', 'Africa/Dakar', ['en-US'])).toBe('SN');
    expect(guessCountry('KE', 'UTC', ['en-GB', 'fr-SN'])).toBe('SN');
    expect(guessCountry('KE', 'Europe/Paris', ['fr-FR'])).toBe('SN');
    expect(guessCountry('KE', 'UTC', ['sw'])).toBe('TZ');
    expect(guessCountry('KE', 'Africa/Kampala', ['sw-TZ'])).toBe('UG');
    expect(guessCountry('TZ', 'America/New_York', ['en-US'])).toBe('TZ');
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
