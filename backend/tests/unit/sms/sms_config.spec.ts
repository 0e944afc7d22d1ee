import { test } from '@japa/runner'
import { resolveSmsConfig } from '#sms/sms_config'

const reader = (values: Record<string, string>) => (name: string) => values[name]

test.group('SMS configuration', () => {
  test('defaults to the log transport', ({ assert }) => {
    assert.deepEqual(resolveSmsConfig(reader({})), { transport: 'log' })
  })

  test("refuses Africa's Talking without its credentials, naming them", ({ assert }) => {
    assert.throws(
      () => resolveSmsConfig(reader({ SMS_TRANSPORT: 'africastalking' })),
      /SMS_TRANSPORT=africastalking needs AT_USERNAME, AT_API_KEY/
    )
    assert.throws(
      () => resolveSmsConfig(reader({ SMS_TRANSPORT: 'africastalking', AT_USERNAME: 'njia' })),
      /needs AT_API_KEY\./
    )
  })

  test('refuses Twilio without its credentials, naming them', ({ assert }) => {
    assert.throws(
      () => resolveSmsConfig(reader({ SMS_TRANSPORT: 'twilio', TWILIO_ACCOUNT_SID: 'AC1' })),
      /SMS_TRANSPORT=twilio needs TWILIO_AUTH_TOKEN, TWILIO_FROM/
    )
  })

  test("uses Africa's Talking's sandbox host for the sandbox username", ({ assert }) => {
    const sandbox = resolveSmsConfig(
      reader({ SMS_TRANSPORT: 'africastalking', AT_USERNAME: 'sandbox', AT_API_KEY: 'k' })
    )
    assert.equal(sandbox.africastalking!.baseUrl, 'https://api.sandbox.africastalking.com')
    const live = resolveSmsConfig(
      reader({ SMS_TRANSPORT: 'africastalking', AT_USERNAME: 'njia', AT_API_KEY: 'k' })
    )
    assert.equal(live.africastalking!.baseUrl, 'https://api.africastalking.com')
    const custom = resolveSmsConfig(
      reader({
        SMS_TRANSPORT: 'africastalking',
        AT_USERNAME: 'njia',
        AT_API_KEY: 'k',
        AT_BASE_URL: 'http://127.0.0.1:9',
      })
    )
    assert.equal(custom.africastalking!.baseUrl, 'http://127.0.0.1:9')
  })

  test('reads Twilio settings with the default API host', ({ assert }) => {
    const config = resolveSmsConfig(
      reader({
        SMS_TRANSPORT: 'twilio',
        TWILIO_ACCOUNT_SID: 'AC1',
        TWILIO_AUTH_TOKEN: 't',
        TWILIO_FROM: '+15005550006',
      })
    )
    assert.deepEqual(config.twilio, {
      accountSid: 'AC1',
      authToken: 't',
      from: '+15005550006',
      baseUrl: 'https://api.twilio.com',
    })
  })
})
