import { currencyOf, fitsMinorUnit, formatMoney, toMajor, toMinor } from './money';

/** Intl separates groups with (narrow) no-break spaces: compare with plain ones. */
const money = (...args: Parameters<typeof formatMoney>) =>
  formatMoney(...args).replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('writes each currency as the API does: the unit the currency’s, the digits the reader’s', () => {
    // The full en/fr/sw × XOF/KES/TZS/UGX table is the formatter's own spec (backend money_format.spec).
    expect(money(40_500, 'XOF', 'fr')).toBe('40 500 FCFA');
    expect(money(40_500, 'XOF', 'en')).toBe('40,500 FCFA');
    expect(money(40_500, 'XOF', 'sw')).toBe('40,500 FCFA');
    expect(money(4_500_000, 'KES', 'en')).toBe('KES 45,000');
    expect(money(4_500_050, 'KES', 'fr')).toBe('KES 45 000,50');
    expect(money(4_500_000, 'KES', 'sw')).toBe('KES 45,000');
    expect(money(4_500_000, 'TZS', 'sw')).toBe('TZS 45,000');
    expect(money(45_000, 'UGX', 'fr')).toBe('UGX 45 000');
  });

  it('converts between what people type and minor units', () => {
    expect(toMinor(1500.5, 'KES')).toBe(150_050);
    expect(toMinor(25_000, 'XOF')).toBe(25_000);
    expect(toMajor(150_050, 'KES')).toBe(1500.5);
    expect(toMajor(25_000, 'UGX')).toBe(25_000);
    expect(fitsMinorUnit(1500.5, 'KES')).toBe(true);
    expect(fitsMinorUnit(1500.5, 'XOF')).toBe(false);
    expect(fitsMinorUnit(0.1 + 0.2, 'KES')).toBe(true);
  });

  it("picks a country's currency, KES when it has none of ours", () => {
    expect(currencyOf('SN')).toBe('XOF');
    expect(currencyOf('UG')).toBe('UGX');
    expect(currencyOf(undefined)).toBe('KES');
  });
});
