import { currencyOf, fitsMinorUnit, formatMoney, toMajor, toMinor } from './money';

/** Intl separates groups with (narrow) no-break spaces: compare with plain ones. */
const money = (...args: Parameters<typeof formatMoney>) =>
  formatMoney(...args).replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('writes the CFA franc exactly as Intl does in the language, with no cents', () => {
    expect(money(450_000, 'XOF', 'fr')).toBe('450 000 F CFA');
    expect(money(1_250_000, 'XOF', 'fr')).toBe('1 250 000 F CFA');
    expect(money(45_000, 'XOF', 'en')).toBe('F CFA 45,000');
    expect(money(45_000, 'XOF', 'sw')).toBe('F CFA 45,000');
    expect(formatMoney(450_000, 'XOF', 'fr')).toBe(
      new Intl.NumberFormat('fr', { style: 'currency', currency: 'XOF' }).format(450_000),
    );
  });

  it('writes shillings as Intl does, cents only when there are some', () => {
    expect(money(4_500_000, 'KES', 'en')).toBe('KES 45,000');
    expect(money(4_500_050, 'KES', 'en')).toBe('KES 45,000.50');
    expect(money(4_500_000, 'KES', 'sw')).toBe('Ksh 45,000');
    expect(money(4_500_050, 'KES', 'fr')).toBe('45 000,50 KES');
    expect(money(4_500_000, 'TZS', 'sw')).toBe('TSh 45,000');
    expect(money(4_500_000, 'TZS', 'en')).toBe('TZS 45,000');
    expect(money(45_000, 'UGX', 'en')).toBe('UGX 45,000');
    expect(money(45_000, 'UGX', 'sw')).toBe('UGX 45,000');
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
