import { formatDateTime, formatKm, formatNumber, formatWeight } from './format';

/** Intl separates groups with (narrow) no-break spaces: compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formats', () => {
  it('writes weights the way each language does: 8 000 kg in French', () => {
    expect(plain(formatWeight(8000, 'fr'))).toBe('8 000 kg');
    expect(formatWeight(8000, 'en')).toBe('8,000 kg');
    expect(plain(formatWeight(8000, 'sw'))).toBe('kg 8,000');
    expect(plain(formatWeight(1250.5, 'fr'))).toBe('1 250,5 kg');
    expect(formatWeight(null, 'en')).toBe('');
  });

  it('writes numbers with the language’s separators', () => {
    expect(plain(formatNumber(12_500, 'fr'))).toBe('12 500');
    expect(formatNumber(12_500, 'en')).toBe('12,500');
    expect(formatNumber(12_500, 'sw')).toBe('12,500');
    expect(
      formatNumber(4.25, 'fr', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    ).toMatch(/^4,[23]$/);
  });

  it('gives distances in km with a decimal comma in French, whole beyond 10 km', () => {
    expect(formatKm(2_450, 'fr')).toBe('2,5');
    expect(formatKm(2_450, 'en')).toBe('2.5');
    expect(formatKm(123_400, 'en')).toBe('123');
    expect(formatKm(1_234_000, 'en')).toBe('1,234');
    expect(formatKm(undefined, 'en')).toBe('0');
  });

  it("writes dates in the user's language, nothing for a missing one", () => {
    const at = '2026-03-05T14:30:00Z';
    const day = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(formatDateTime(at, 'en', day)).toBe('March 5, 2026');
    expect(formatDateTime(at, 'fr', day)).toBe('5 mars 2026');
    expect(formatDateTime(at, 'sw', day)).toBe('5 Machi 2026');
    expect(formatDateTime(null, 'en')).toBe('');
    expect(formatDateTime('not a date', 'en')).toBe('');
  });
});
