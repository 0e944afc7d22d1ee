import { test } from '@japa/runner'
import env from '#start/env'
import OtpCode from '#accounts/models/otp_code'
import SmsMessage from '#sms/models/sms_message'
import { signInCounts, isolateAccounts, makeUser, uniquePhone } from '#tests/accounts_helpers'

test.group('POST /api/v1/auth/otp/request', (group) => {
  isolateAccounts(group)

  test('sends a 6-digit code by SMS and stores only its hash', async ({ client, assert }) => {
    const response = await client.post('/api/v1/auth/otp/request').json({ phone: '0712 345 678' })

    response.assertStatus(202)
    response.assertBody({ phone: '+254712345678', expiresIn: 300 })

    const sms = await SmsMessage.query().where('to', '+254712345678').firstOrFail()
    const code = sms.body.match(/\b(\d{6})\b/)![1]
    assert.equal(sms.transport, 'log')
    assert.equal(sms.status, 'logged')
    assert.include(sms.body, 'sign-in code')

    const stored = await OtpCode.query().where('phone', '+254712345678').firstOrFail()
    assert.notInclude(stored.codeHash, code)
    assert.lengthOf(stored.codeHash, 64)
    assert.closeTo(stored.expiresAt.diffNow('seconds').seconds, 300, 5)
  })

  test('normalises every supported country to E.164', async ({ client }) => {
    for (const [input, e164] of [
      ['+221 77 123 45 67', '+221771234567'],
      ['+255 712 345 678', '+255712345678'],
      ['+256712345678', '+256712345678'],
      ['254712345679', '+254712345679'],
    ]) {
      const response = await client.post('/api/v1/auth/otp/request').json({ phone: input })
      response.assertStatus(202)
      response.assertBodyContains({ phone: e164 })
    }
  })

  test("writes the text in the user's language, or the country's", async ({ client, assert }) => {
    await client.post('/api/v1/auth/otp/request').json({ phone: '+221771234567' })
    await client.post('/api/v1/auth/otp/request').json({ phone: '+255712345678' })
    const swahiliSpeaker = await makeUser({ phone: uniquePhone() })
    swahiliSpeaker.locale = 'sw'
    await swahiliSpeaker.save()
    await client.post('/api/v1/auth/otp/request').json({ phone: swahiliSpeaker.phone })

    const body = async (to: string) => {
      const message = await SmsMessage.findByOrFail('to', to)
      return message.body
    }
    assert.include(await body('+221771234567'), 'votre code de connexion')
    assert.include(await body('+255712345678'), 'nambari yako ya kuingia')
    assert.include(await body(swahiliSpeaker.phone), 'nambari yako ya kuingia')
  })

  const badInputs: [string, unknown, string][] = [
    ['a French number', { phone: '+33612345678' }, 'phone'],
    ['too short', { phone: '12345' }, 'phone'],
    ['letters', { phone: 'call me maybe' }, 'phone'],
    ['too long', { phone: '+2547123456789' }, 'phone'],
    ['missing', {}, 'phone'],
    ['a number type', { phone: 712345678 }, 'phone'],
    ['an array', { phone: ['+254712345678'] }, 'phone'],
  ]
  for (const [label, payload, field] of badInputs) {
    test(`refuses a phone that is ${label} with 422 and writes nothing`, async ({
      client,
      assert,
    }) => {
      const before = await signInCounts()
      const response = await client.post('/api/v1/auth/otp/request').json(payload as object)

      response.assertStatus(422)
      assert.equal(response.body().errors[0].code, 'E_VALIDATION')
      assert.equal(response.body().errors[0].field, field)
      assert.deepEqual(await signInCounts(), before)
    })
  }

  test('refuses a body that is not JSON with a 4xx and the error format', async ({ assert }) => {
    const before = await signInCounts()
    const response = await fetch(
      `http://${env.get('HOST')}:${env.get('PORT')}/api/v1/auth/otp/request`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"phone": ',
      }
    )
    const body = (await response.json()) as { errors: { code: string }[] }

    assert.isAtLeast(response.status, 400)
    assert.isBelow(response.status, 500)
    assert.isString(body.errors[0].code)
    assert.deepEqual(await signInCounts(), before)
  })
})
