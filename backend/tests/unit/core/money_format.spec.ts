import { test } from '@japa/runner'
import { formatMoney } from '#core/money_format'

/** Intl separates groups with (narrow) no-break spaces: compare with plain ones. */
const money = (...args: Parameters<typeof formatMoney>) =>
  formatMoney(...args).replace(/[\u00a0\u202f]/g, ' ')

test.group('Money format', () => {
  test('writes the CFA franc as Intl does in the reader’s language, with no cents', ({
    assert,
  }) => {
    assert.equal(money(450_000, 'XOF', 'fr'), '450 000 F CFA')
    assert.equal(money(1_250_000, 'XOF', 'fr'), '1 250 000 F CFA')
    assert.equal(money(45_000, 'XOF', 'en'), 'F CFA 45,000')
    assert.equal(money(45_000, 'XOF', 'sw'), 'F CFA 45,000')
  })

  test('writes shillings as Intl does, cents only when there are some', ({ assert }) => {
    assert.equal(money(4_500_000, 'KES', 'en'), 'KES 45,000')
    assert.equal(money(4_500_050, 'KES', 'en'), 'KES 45,000.50')
    assert.equal(money(4_500_000, 'KES', 'sw'), 'Ksh 45,000')
    assert.equal(money(4_500_050, 'KES', 'fr'), '45 000,50 KES')
    assert.equal(money(4_500_000, 'TZS', 'en'), 'TZS 45,000')
    assert.equal(money(4_500_000, 'TZS', 'sw'), 'TSh 45,000')
    assert.equal(money(45_000, 'UGX', 'en'), 'UGX 45,000')
    assert.equal(money(45_000, 'UGX', 'sw'), 'UGX 45,000')
  })

  test('is Intl’s own output, not a copy of it', ({ assert }) => {
    for (const locale of ['en', 'fr', 'sw'] as const) {
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency: 'XOF' })
      assert.equal(formatMoney(450_000, 'XOF', locale), intl.format(450_000))
    }
  })

  test('a currency Njia does not know keeps Intl’s digits', ({ assert }) => {
    assert.equal(money(123_456, 'USD', 'en'), '$1,234.56')
  })
})
