import { test } from '@japa/runner'
import SmsMessage from '#sms/models/sms_message'
import SmsService from '#sms/services/sms_service'
import { isolateDatabase } from '#tests/helpers'
import type SmsSender from '#sms/sms_sender'
import type { SmsResult } from '#sms/sms_sender'

class FakeSender implements SmsSender {
  constructor(
    readonly name: string,
    private answer: (to: string) => SmsResult | Error
  ) {}
  async send(to: string[]) {
    return to.map((phone) => {
      const answer = this.answer(phone)
      if (answer instanceof Error) throw answer
      return answer
    })
  }
}

test.group('SmsService', (group) => {
  isolateDatabase(group)

  test('records a sent message with the provider id', async ({ assert }) => {
    const sms = new SmsService(
      new FakeSender('africastalking', (to) => ({
        to,
        status: 'Success',
        accepted: true,
        providerMessageId: 'ATXid_1',
      }))
    )
    const message = await sms.send('+254712345678', 'Your load is on its way')
    const stored = await SmsMessage.findOrFail(message.id)
    assert.include(stored.$attributes, {
      to: '+254712345678',
      body: 'Your load is on its way',
      transport: 'africastalking',
      status: 'sent',
      providerMessageId: 'ATXid_1',
      error: null,
    })
  })

  test('blanks a sign-in code in the stored copy of a real transport', async ({ assert }) => {
    const sms = new SmsService(
      new FakeSender('twilio', (to) => ({ to, status: 'queued', accepted: true }))
    )
    const message = await sms.send('+254712345678', 'Njia: your code is 482913.', {
      secret: '482913',
    })
    assert.equal(message.body, 'Njia: your code is ******.')
  })

  test('keeps the code for the log transport (the dev outbox shows it)', async ({ assert }) => {
    const sms = new SmsService(
      new FakeSender('log', (to) => ({ to, status: 'logged', accepted: true }))
    )
    const message = await sms.send('+254712345678', 'code 482913', { secret: '482913' })
    assert.equal(message.body, 'code 482913')
    assert.equal(message.status, 'logged')
  })

  test('records refusals and transport crashes as failed', async ({ assert }) => {
    const refused = await new SmsService(
      new FakeSender('africastalking', (to) => ({
        to,
        status: 'InvalidPhoneNumber',
        accepted: false,
        error: '403 InvalidPhoneNumber',
      }))
    ).send('+254712345678', 'x')
    assert.equal(refused.status, 'failed')
    assert.equal(refused.error, '403 InvalidPhoneNumber')

    const crashed = await new SmsService(
      new FakeSender('twilio', () => new Error('socket hang up'))
    ).send('+254712345678', 'x')
    assert.equal(crashed.status, 'failed')
    assert.equal(crashed.error, 'socket hang up')
  })
})
