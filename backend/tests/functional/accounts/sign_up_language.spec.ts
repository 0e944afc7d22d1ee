import { test } from '@japa/runner'
import SmsMessage from '#sms/models/sms_message'
import { codeFromOutbox, isolateAccounts } from '#tests/accounts_helpers'

/** The language someone picked on the sign-in screen is the one Njia speaks to them in. */
test.group('Sign-up in the language of the screen', (group) => {
  isolateAccounts(group)

  test('the code SMS comes in the language the sign-in screen shows', async ({
    client,
    assert,
  }) => {
    // A Kenyan number would get English; the screen is in Swahili.
    const response = await client
      .post('/api/v1/auth/otp/request')
      .json({ phone: '+254712000301', locale: 'sw' })
    response.assertStatus(202)
    const sms = await SmsMessage.findByOrFail('to', '+254712000301')
    assert.include(sms.body, 'nambari yako ya kuingia')
  })

  test('the new account speaks the language it signed up in', async ({ client }) => {
    await client.post('/api/v1/auth/otp/request').json({ phone: '+221771230302', locale: 'en' })
    const code = await codeFromOutbox(client, '+221771230302')
    const response = await client
      .post('/api/v1/auth/otp/verify')
      .json({ phone: '+221771230302', code, name: 'Ibrahima', locale: 'en' })
    response.assertStatus(200)
    response.assertBodyContains({ user: { locale: 'en', country: 'SN' } })
  })

  test('a language Njia does not speak is refused and sends nothing', async ({
    client,
    assert,
  }) => {
    const response = await client
      .post('/api/v1/auth/otp/request')
      .json({ phone: '+254712000303', locale: 'de' })
    response.assertStatus(422)
    response.assertBodyContains({ errors: [{ field: 'locale' }] })
    assert.isNull(await SmsMessage.findBy('to', '+254712000303'))
  })
})
