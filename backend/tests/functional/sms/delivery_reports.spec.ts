import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { readFileSync } from 'node:fs'
import SmsMessage from '#sms/models/sms_message'
import SmsSender from '#sms/sms_sender'
import SmsService from '#sms/services/sms_service'
import SmsDeliveryReportService from '#sms/services/sms_delivery_report_service'
import AfricasTalkingSmsSender from '#sms/senders/africas_talking_sms_sender'
import { isolateDatabase } from '#tests/helpers'
import { startFakeProvider } from '#tests/fake_http_server'

const URL = '/api/v1/webhooks/africastalking/sms-delivery-reports'

/** The documented delivery report, as Africa's Talking posts it (form-encoded). */
function reportFixture() {
  const line = readFileSync(
    app.makePath('tests/fixtures/providers/at-sms-delivery-report.form.txt'),
    'utf8'
  )
    .split('\n')
    .find((l) => l.startsWith('id='))!
  return Object.fromEntries(new URLSearchParams(line))
}

/** Sends a text through the Africa's Talking sender to a stand-in answering with the documented response. */
async function sendThroughAfricasTalking(to: string, body: string) {
  const response = JSON.parse(
    readFileSync(app.makePath('tests/fixtures/providers/at-sms-send-response.json'), 'utf8')
  )
  const provider = await startFakeProvider(() => {
    response.SMSMessageData.Recipients[0].number = to
    response.SMSMessageData.Recipients[0].messageId = reportFixture().id
    return { status: 201, body: response }
  })
  app.container.swap(
    SmsSender,
    () => new AfricasTalkingSmsSender({ username: 'njia', apiKey: 'key', baseUrl: provider.url })
  )
  try {
    const sms = await app.container.make(SmsService)
    const message = await sms.send(to, body, { fit: true })
    return { message, form: provider.requests[0].form }
  } finally {
    app.container.restore(SmsSender)
    await provider.close()
  }
}

test.group("SMS: Africa's Talking delivery reports, segments", (group) => {
  isolateDatabase(group)

  test('a notice sent through Africa’s Talking is stored with its id, encoding and segments; the report lands on it', async ({
    client,
    assert,
  }) => {
    const { message, form } = await sendThroughAfricasTalking(
      '+254711000111',
      'Livraison confirmée : commande n°12, reçue à Thiès.'
    )
    assert.equal(form.get('message'), 'Livraison confirmée : commande n°12, reçue à Thiès.')
    assert.deepInclude(message.toJSON(), { status: 'sent', encoding: 'UCS-2', segments: 1 })
    assert.equal(message.providerMessageId, reportFixture().id)

    const response = await client.post(URL).form(reportFixture())
    response.assertStatus(200)
    const stored = await SmsMessage.findOrFail(message.id)
    assert.deepInclude(stored.toJSON(), {
      deliveryStatus: 'Failed',
      deliveryFailureReason: 'UserInBlackList',
      networkCode: '63902',
    })
    assert.isNotNull(stored.deliveryReportedAt)
  })

  test('a late intermediate report never replaces a final one; a repeat changes nothing', async ({
    client,
    assert,
  }) => {
    const { message } = await sendThroughAfricasTalking('+254711000112', 'Order #12 was delivered.')
    const { id } = reportFixture()
    await client
      .post(URL)
      .form({ id, status: 'Success', phoneNumber: '+254711000112' })
      .then((r) => r.assertStatus(200))
    await client
      .post(URL)
      .form({ id, status: 'Buffered', phoneNumber: '+254711000112' })
      .then((r) => r.assertStatus(200))
    await client
      .post(URL)
      .form({ id, status: 'Success', phoneNumber: '+254711000112' })
      .then((r) => r.assertStatus(200))
    const stored = await SmsMessage.findOrFail(message.id)
    assert.equal(stored.deliveryStatus, 'Success')
    assert.equal(stored.encoding, 'GSM-7')
  })

  test('a report for a message we never sent is 404; a malformed one is 422; neither changes anything', async ({
    client,
    assert,
  }) => {
    const { message } = await sendThroughAfricasTalking('+254711000113', 'Order #12 was delivered.')
    const unknown = await client.post(URL).form({ id: 'ATXid_not-ours', status: 'Success' })
    unknown.assertStatus(404)
    const bad = await client.post(URL).form({ id: reportFixture().id, status: 'Delivered' })
    bad.assertStatus(422)
    assert.equal(bad.body().errors[0].field, 'status')
    const stored = await SmsMessage.findOrFail(message.id)
    assert.isNull(stored.deliveryStatus)
  })

  test('with SMS_DELIVERY_REPORT_TOKEN set, a report without it is 401', async ({ assert }) => {
    const reports = new SmsDeliveryReportService('s3cret-token')
    assert.throws(
      () => reports.authenticate(undefined),
      'A valid delivery report token is required.'
    )
    assert.throws(() => reports.authenticate('wrong'), 'A valid delivery report token is required.')
    assert.doesNotThrow(() => reports.authenticate('s3cret-token'))
  })
})
