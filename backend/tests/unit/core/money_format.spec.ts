import { test } from '@japa/runner'
import { formatMoney } from '#core/money_format'

/** Intl separates groups with (narrow) no-break spaces: compare with plain ones. */
const money = (...args: Parameters<typeof formatMoney>) =>
  formatMoney(...args).replace(/[\u00a0\u202f]/g, ' ')

test.group('Money format', () => {
  test('writes the CFA franc as Senegal does (FCFA, not Intl’s F CFA), with no cents', ({
    assert,
  }) => {
    assert.equal(money(45_000, 'XOF', 'fr'), '45 000 FCFA')
    assert.equal(money(1_250_000, 'XOF', 'fr'), '1 250 000 FCFA')
    assert.equal(money(45_000, 'XOF', 'en'), 'FCFA 45,000')
    assert.equal(money(45_000, 'XOF', 'sw'), 'FCFA 45,000')
  })

  test('writes shillings by their code in every language, cents only when there are some', ({
    assert,
  }) => {
    assert.equal(money(4_500_000, 'KES', 'en'), 'KES 45,000')
    assert.equal(money(4_500_050, 'KES', 'en'), 'KES 45,000.50')
    assert.equal(money(4_500_000, 'KES', 'sw'), 'KES 45,000')
    assert.equal(money(4_500_050, 'KES', 'fr'), '45 000,50 KES')
    assert.equal(money(4_500_000, 'TZS', 'en'), 'TZS 45,000')
    assert.equal(money(4_500_000, 'TZS', 'sw'), 'TZS 45,000')
    assert.equal(money(45_000, 'UGX', 'en'), 'UGX 45,000')
    assert.equal(money(45_000, 'UGX', 'sw'), 'UGX 45,000')
  })

  test('a currency Njia does not know keeps its code and Intl’s digits', ({ assert }) => {
    assert.equal(money(123_456, 'USD', 'en'), 'USD 1,234.56')
  })
})
