import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import SmsMessage from '#sms/models/sms_message'
import SmsSender from '#sms/sms_sender'
import { isolateAccounts } from '#tests/accounts_helpers'

const downProvider: SmsSender = {
  name: 'africastalking',
  async send(to) {
    return to.map((number) => ({ to: number, status: 'InvalidSenderId', accepted: false }))
  },
}

test.group('POST /api/v1/auth/otp/request when the SMS provider fails', (group) => {
  isolateAccounts(group)
  group.each.setup(() => {
    app.container.swap(SmsSender, () => downProvider)
    return () => app.container.restore(SmsSender)
  })

  test('answers 502 E_SMS_FAILED so the user knows to retry, and records the failure', async ({
    client,
    assert,
  }) => {
    const response = await client.post('/api/v1/auth/otp/request').json({ phone: '+254712000999' })

    response.assertStatus(502)
    response.assertBody({
      errors: [
        { code: 'E_SMS_FAILED', message: 'The text message could not be sent; try again shortly.' },
      ],
    })
    const sms = await SmsMessage.query().where('to', '+254712000999').firstOrFail()
    assert.equal(sms.status, 'failed')
    assert.equal(sms.error, 'InvalidSenderId')
  })
})
