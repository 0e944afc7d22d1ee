import { test } from '@japa/runner'
import { formatMoney } from '#core/money_format'

/** Intl separates groups with (narrow) no-break spaces: compare with plain ones. */
const money = (...args: Parameters<typeof formatMoney>) =>
  formatMoney(...args).replace(/[\u00a0\u202f]/g, ' ')

/** Every currency Njia moves, in every language: the unit is the currency's, the digits the reader's. */
const EXPECTED = {
  fr: {
    XOF: ['40 500 FCFA', '1 250 000 FCFA'],
    KES: ['KES 45 000', 'KES 45 000,50'],
    TZS: ['TZS 45 000', 'TZS 45 000,50'],
    UGX: ['UGX 40 500', 'UGX 1 250 000'],
  },
  en: {
    XOF: ['40,500 FCFA', '1,250,000 FCFA'],
    KES: ['KES 45,000', 'KES 45,000.50'],
    TZS: ['TZS 45,000', 'TZS 45,000.50'],
    UGX: ['UGX 40,500', 'UGX 1,250,000'],
  },
  sw: {
    XOF: ['40,500 FCFA', '1,250,000 FCFA'],
    KES: ['KES 45,000', 'KES 45,000.50'],
    TZS: ['TZS 45,000', 'TZS 45,000.50'],
    UGX: ['UGX 40,500', 'UGX 1,250,000'],
  },
} as const

/** The two amounts each line writes, in minor units: whole, and with cents where the currency has them. */
const AMOUNTS = {
  XOF: [40_500, 1_250_000],
  KES: [4_500_000, 4_500_050],
  TZS: [4_500_000, 4_500_050],
  UGX: [40_500, 1_250_000],
} as const

test.group('Money format', () => {
  for (const [locale, currencies] of Object.entries(EXPECTED)) {
    for (const [currency, expected] of Object.entries(currencies)) {
      test(`${currency} in ${locale}: ${expected.join(', ')}`, ({ assert }) => {
        const amounts = AMOUNTS[currency as keyof typeof AMOUNTS]
        assert.deepEqual(
          amounts.map((minor) => money(minor, currency, locale)),
          [...expected]
        )
      })
    }
  }

  test('the unit is joined to the amount by a no-break space; French groups by a narrow one', ({
    assert,
  }) => {
    assert.equal(formatMoney(40_500, 'XOF', 'fr'), '40\u202f500\u00a0FCFA')
    assert.equal(formatMoney(4_500_000, 'KES', 'en'), 'KES\u00a045,000')
  })

  test('a currency Njia does not know keeps Intl’s digits', ({ assert }) => {
    assert.equal(money(123_456, 'USD', 'en'), '$1,234.56')
  })
})
