import { test } from '@japa/runner'
import smsConfig from '#config/sms'
import { isolateAccounts, uniquePhone } from '#tests/accounts_helpers'

test.group('GET /api/v1/dev/outbox', (group) => {
  isolateAccounts(group)

  test('lists the kept texts newest first, filtered by phone', async ({ client, assert }) => {
    const first = uniquePhone()
    const second = uniquePhone()
    await client.post('/api/v1/auth/otp/request').json({ phone: first })
    await client.post('/api/v1/auth/otp/request').json({ phone: second })
    await client.post('/api/v1/auth/otp/request').json({ phone: first })

    const all = await client.get('/api/v1/dev/outbox')
    all.assertStatus(200)
    const data = all.body().data
    assert.deepEqual(
      data.slice(0, 3).map((m: { to: string }) => m.to),
      [first, second, first]
    )
    assert.deepEqual(Object.keys(data[0]).sort(), [
      'body',
      'createdAt',
      'id',
      'status',
      'to',
      'transport',
    ])

    // "+" in a query string arrives as a space; the number is still understood.
    const filtered = await client.get(`/api/v1/dev/outbox?to=${first}`)
    assert.lengthOf(filtered.body().data, 2)
    assert.isTrue(filtered.body().data.every((m: { to: string }) => m.to === first))
  })

  test('refuses a malformed phone filter with 422', async ({ client, assert }) => {
    const response = await client.get('/api/v1/dev/outbox').qs({ to: 'nobody' })
    response.assertStatus(422)
    assert.include(response.body().errors[0], { code: 'E_VALIDATION', field: 'to' })
  })

  test('answers 404 when the outbox is disabled (production or a real transport)', async ({
    client,
    assert,
  }) => {
    smsConfig.outboxEnabled = false
    try {
      const response = await client.get('/api/v1/dev/outbox')
      response.assertStatus(404)
      assert.equal(response.body().errors[0].code, 'E_NOT_FOUND')
    } finally {
      smsConfig.outboxEnabled = true
    }
  })
})
