import { test } from '@japa/runner'
import { LOCALES } from '#core/locales'
import { countSegments, fitSms } from '#sms/sms_segments'
import { payoutFailedText } from '#collections/texts'

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
