import { test } from '@japa/runner'
import AfricasTalkingSmsSender from '#sms/senders/africas_talking_sms_sender'
import { startFakeProvider, type Reply } from '#tests/fake_http_server'

/** Answers like the real API: one entry per recipient in SMSMessageData.Recipients. */
function realisticReply(statusByNumber: Record<string, [number, string]>): () => Reply {
  return () => ({
    status: 201,
    body: {
      SMSMessageData: {
        Message: 'Sent to 1/2 Total Cost: KES 0.8000',
        Recipients: Object.entries(statusByNumber).map(([number, [statusCode, status]]) => ({
          statusCode,
          number,
          status,
          cost: statusCode < 200 ? 'KES 0.8000' : '0',
          messageId: statusCode < 200 ? `ATXid_${number.slice(-4)}` : 'None',
        })),
      },
    },
  })
}

test.group("Africa's Talking SMS sender", () => {
  test('posts the form fields and headers of the bulk SMS API', async ({ assert }) => {
    const provider = await startFakeProvider(realisticReply({ '+254712345678': [101, 'Success'] }))
    const sender = new AfricasTalkingSmsSender({
      username: 'njia',
      apiKey: 'at-key-123',
      senderId: 'NJIA',
      baseUrl: provider.url,
    })

    const [result] = await sender.send(['+254712345678'], 'Habari 123456')
    await provider.close()

    const [request] = provider.requests
    assert.equal(request.method, 'POST')
    assert.equal(request.url, '/version1/messaging')
    assert.equal(request.headers['apikey'], 'at-key-123')
    assert.equal(request.headers['accept'], 'application/json')
    assert.equal(request.headers['content-type'], 'application/x-www-form-urlencoded')
    assert.deepEqual(Object.fromEntries(request.form), {
      username: 'njia',
      to: '+254712345678',
      message: 'Habari 123456',
      from: 'NJIA',
    })
    assert.deepEqual(result, {
      to: '+254712345678',
      status: 'Success',
      accepted: true,
      providerMessageId: 'ATXid_5678',
      cost: 'KES 0.8000',
      error: undefined,
    })
  })

  test('sends several recipients in one request and reports each one', async ({ assert }) => {
    const provider = await startFakeProvider(
      realisticReply({
        '+254712345678': [101, 'Success'],
        '+221771234567': [102, 'Queued'],
        '+255754123456': [403, 'InvalidPhoneNumber'],
        '+256772123456': [405, 'InsufficientBalance'],
      })
    )
    const sender = new AfricasTalkingSmsSender({
      username: 'sandbox',
      apiKey: 'k',
      baseUrl: provider.url,
    })

    const results = await sender.send(
      ['+254712345678', '+221771234567', '+255754123456', '+256772123456'],
      'Hello'
    )
    await provider.close()

    assert.lengthOf(provider.requests, 1)
    assert.equal(
      provider.requests[0].form.get('to'),
      '+254712345678,+221771234567,+255754123456,+256772123456'
    )
    assert.isNull(provider.requests[0].form.get('from'))
    assert.deepEqual(
      results.map((r) => [r.to, r.accepted, r.error]),
      [
        ['+254712345678', true, undefined],
        ['+221771234567', true, undefined],
        ['+255754123456', false, '403 InvalidPhoneNumber'],
        ['+256772123456', false, '405 InsufficientBalance'],
      ]
    )
    assert.isUndefined(results[2].providerMessageId)
  })

  test('treats every failure code as not accepted', async ({ assert }) => {
    const codes = [401, 402, 404, 406, 407, 409, 500, 501, 502]
    const numbers = codes.map((_, i) => `+2547123456${String(i).padStart(2, '0')}`)
    const provider = await startFakeProvider(
      realisticReply(Object.fromEntries(numbers.map((n, i) => [n, [codes[i], 'Failed']])))
    )
    const sender = new AfricasTalkingSmsSender({
      username: 'njia',
      apiKey: 'k',
      baseUrl: provider.url,
    })

    const results = await sender.send(numbers, 'x')
    await provider.close()

    assert.isTrue(results.every((r) => !r.accepted))
  })

  test('reports an authentication failure for every recipient', async ({ assert }) => {
    const provider = await startFakeProvider(() => ({
      status: 401,
      body: 'The supplied authentication is invalid',
    }))
    const sender = new AfricasTalkingSmsSender({
      username: 'njia',
      apiKey: 'wrong',
      baseUrl: provider.url,
    })

    const results = await sender.send(['+254712345678', '+221771234567'], 'x')
    await provider.close()

    assert.isTrue(results.every((r) => !r.accepted && r.status === 'failed'))
    assert.include(results[0].error!, '401')
    assert.include(results[0].error!, 'authentication is invalid')
  })

  test('reports an unreachable provider without throwing', async ({ assert }) => {
    const provider = await startFakeProvider(() => ({ status: 500, body: {} }))
    await provider.close()
    const sender = new AfricasTalkingSmsSender({
      username: 'njia',
      apiKey: 'k',
      baseUrl: provider.url,
    })

    const [result] = await sender.send(['+254712345678'], 'x')

    assert.isFalse(result.accepted)
    assert.include(result.error!, 'unreachable')
  })
})
