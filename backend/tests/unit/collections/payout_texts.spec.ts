import { test } from '@japa/runner'
import { LOCALES } from '#core/locales'
import { countSegments, fitSms } from '#sms/sms_segments'
import { adjustmentLabel, payoutFailedText } from '#collections/texts'

test.group('collections: the payout failure SMS', () => {
  test('says the pay could not be sent, in each language, within two SMS parts', ({ assert }) => {
    const words = { en: 'could not be sent', fr: "n'a pas pu", sw: 'hayakutumwa' }
    for (const locale of LOCALES) {
      const text = payoutFailedText(locale, {
        cooperative: 'Githunguri Dairy Farmers Cooperative Society',
        period: '2026-11',
        amount: 1_234_550,
        currency: 'KES',
        phone: '+254712345678',
        memberNumber: 'K0003',
      })
      assert.include(text, words[locale])
      assert.include(text, '+254712345678')
      assert.isAtMost(countSegments(fitSms(text).text).segments, 2, text)
    }
  })
})

test.group('collections: deductions named in the reader’s language', () => {
  test('a carried deduction names the month it is owed from, in en, fr and sw; the others their kind', ({
    assert,
  }) => {
    const carried = { kind: 'carried' as const, period: '2027-01' }
    assert.equal(adjustmentLabel('en', carried), 'Owed from Dec 2026')
    assert.equal(adjustmentLabel('fr', carried), 'Reste dû de déc. 2026')
    assert.equal(adjustmentLabel('sw', carried), 'Deni la Des 2026')
    assert.equal(adjustmentLabel('sw', { kind: 'advance', period: '2027-01' }), 'Mkopo')
    assert.equal(adjustmentLabel('fr', { kind: 'inputs', period: '2027-01' }), 'Intrants')
  })
})
