import { guessCountry } from './country';

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
