import { test } from '@japa/runner'
import TwilioSmsSender from '#sms/senders/twilio_sms_sender'
import { startFakeProvider } from '#tests/fake_http_server'

const config = (baseUrl: string) => ({
  accountSid: 'AC0123456789abcdef',
  authToken: 'secret-token',
  from: '+15005550006',
  baseUrl,
})

test.group('Twilio SMS sender', () => {
  test('posts To, From and Body with basic auth, one request per recipient', async ({ assert }) => {
    let n = 0
    const provider = await startFakeProvider((request) => ({
      status: 201,
      body: {
        sid: `SM${++n}`,
        status: 'queued',
        to: request.form.get('To'),
        from: request.form.get('From'),
        body: request.form.get('Body'),
        error_code: null,
        error_message: null,
      },
    }))
    const sender = new TwilioSmsSender(config(provider.url))

    const results = await sender.send(['+254712345678', '+221771234567'], 'Code 123456')
    await provider.close()

    assert.lengthOf(provider.requests, 2)
    const [first, second] = provider.requests
    assert.equal(first.method, 'POST')
    assert.equal(first.url, '/2010-04-01/Accounts/AC0123456789abcdef/Messages.json')
    assert.equal(
      first.headers.authorization,
      `Basic ${Buffer.from('AC0123456789abcdef:secret-token').toString('base64')}`
    )
    assert.equal(first.headers['content-type'], 'application/x-www-form-urlencoded')
    assert.deepEqual(Object.fromEntries(first.form), {
      To: '+254712345678',
      From: '+15005550006',
      Body: 'Code 123456',
    })
    assert.equal(second.form.get('To'), '+221771234567')
    assert.deepEqual(results, [
      {
        to: '+254712345678',
        status: 'queued',
        accepted: true,
        providerMessageId: 'SM1',
        error: undefined,
      },
      {
        to: '+221771234567',
        status: 'queued',
        accepted: true,
        providerMessageId: 'SM2',
        error: undefined,
      },
    ])
  })

  test("reports Twilio's error for a refused recipient and carries on", async ({ assert }) => {
    const provider = await startFakeProvider((request) =>
      request.form.get('To') === '+255754123456'
        ? {
            status: 400,
            body: {
              code: 21211,
              message: "The 'To' number +255754123456 is not a valid phone number.",
              more_info: 'https://www.twilio.com/docs/errors/21211',
              status: 400,
            },
          }
        : {
            status: 201,
            body: { sid: 'SM9', status: 'queued', error_code: null, error_message: null },
          }
    )
    const sender = new TwilioSmsSender(config(provider.url))

    const results = await sender.send(['+255754123456', '+254712345678'], 'x')
    await provider.close()

    assert.isFalse(results[0].accepted)
    assert.equal(results[0].status, 'failed')
    assert.include(results[0].error!, '21211')
    assert.isTrue(results[1].accepted)
  })

  test('a message Twilio reports as failed is not accepted', async ({ assert }) => {
    const provider = await startFakeProvider(() => ({
      status: 201,
      body: {
        sid: 'SM1',
        status: 'failed',
        error_code: 30003,
        error_message: 'Unreachable destination handset',
      },
    }))
    const sender = new TwilioSmsSender(config(provider.url))

    const [result] = await sender.send(['+254712345678'], 'x')
    await provider.close()

    assert.isFalse(result.accepted)
    assert.equal(result.providerMessageId, 'SM1')
    assert.equal(result.error, '30003 Unreachable destination handset')
  })

  test('wrong credentials fail every recipient', async ({ assert }) => {
    const provider = await startFakeProvider(() => ({
      status: 401,
      body: {
        code: 20003,
        message: 'Authenticate',
        more_info: 'https://www.twilio.com/docs/errors/20003',
        status: 401,
      },
    }))
    const sender = new TwilioSmsSender(config(provider.url))

    const results = await sender.send(['+254712345678'], 'x')
    await provider.close()

    assert.equal(results[0].error, '20003 Authenticate')
  })
})
