import { test } from '@japa/runner'
import { normalisePhone, localeForPhone } from '#core/phone'

test.group('Phone numbers', () => {
  test('normalises local and international forms to E.164', ({ assert }) => {
    const cases: [string, string][] = [
      ['0712345678', '+254712345678'],
      ['0712 345 678', '+254712345678'],
      ['+254 712-345-678', '+254712345678'],
      ['254712345678', '+254712345678'],
      ['+221 77 123 45 67', '+221771234567'],
      ['+255 754 123 456', '+255754123456'],
      ['+256 772 123 456', '+256772123456'],
    ]
    for (const [input, e164] of cases) assert.equal(normalisePhone(input), e164, input)
  })

  test('refuses numbers of other countries and malformed ones', ({ assert }) => {
    for (const input of [
      '+33612345678',
      '+12025550142',
      '12345',
      '+2547123456789',
      'abc',
      '',
      '++254712345678',
    ]) {
      assert.isNull(normalisePhone(input), input)
    }
  })

  test("guesses the language from the number's country", ({ assert }) => {
    assert.equal(localeForPhone('+221771234567'), 'fr')
    assert.equal(localeForPhone('+255754123456'), 'sw')
    assert.equal(localeForPhone('+254712345678'), 'en')
    assert.equal(localeForPhone('+256772123456'), 'en')
  })
})
