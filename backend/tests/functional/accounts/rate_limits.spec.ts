import { test } from '@japa/runner'
import accountsConfig from '#config/accounts'
import { signInCounts, isolateAccounts, uniquePhone } from '#tests/accounts_helpers'

const limits = accountsConfig.rateLimits

test.group('sign-in rate limits', (group) => {
  isolateAccounts(group)

  test('code requests per phone: 429 with Retry-After, no code and no SMS', async ({
    client,
    assert,
  }) => {
    const phone = uniquePhone()
    for (let i = 0; i < limits.otpRequestPerPhone.requests; i++) {
      const allowed = await client.post('/api/v1/auth/otp/request').json({ phone })
      allowed.assertStatus(202)
    }
    const before = await signInCounts()

    // The same number typed another way is the same phone.
    const response = await client
      .post('/api/v1/auth/otp/request')
      .json({ phone: `0${phone.slice(4)}` })

    response.assertStatus(429)
    assert.equal(response.body().errors[0].code, 'E_TOO_MANY_REQUESTS')
    assert.isAbove(Number(response.header('retry-after')), 0)
    assert.deepEqual(await signInCounts(), before)

    // Another phone from the same address is still served.
    const otherPhone = await client.post('/api/v1/auth/otp/request').json({ phone: uniquePhone() })
    otherPhone.assertStatus(202)
  })

  test('code requests per IP: 429 once the address asked for too many phones', async ({
    client,
    assert,
  }) => {
    for (let i = 0; i < limits.otpRequestPerIp.requests; i++) {
      await client.post('/api/v1/auth/otp/request').json({ phone: uniquePhone() })
    }
    const before = await signInCounts()

    const response = await client.post('/api/v1/auth/otp/request').json({ phone: uniquePhone() })

    response.assertStatus(429)
    assert.isAbove(Number(response.header('retry-after')), 0)
    assert.deepEqual(await signInCounts(), before)
  }).timeout(60_000)

  test('verifications per phone: 429 with Retry-After, nothing written', async ({
    client,
    assert,
  }) => {
    const phone = uniquePhone()
    for (let i = 0; i < limits.otpVerifyPerPhone.requests; i++) {
      await client.post('/api/v1/auth/otp/verify').json({ phone, code: '000000' })
    }
    const before = await signInCounts()

    const response = await client.post('/api/v1/auth/otp/verify').json({ phone, code: '000000' })

    response.assertStatus(429)
    assert.equal(response.body().errors[0].code, 'E_TOO_MANY_REQUESTS')
    assert.isAbove(Number(response.header('retry-after')), 0)
    assert.deepEqual(await signInCounts(), before)
  })

  test('verifications per IP: 429 across many phones', async ({ client, assert }) => {
    for (let i = 0; i < limits.otpVerifyPerIp.requests; i++) {
      await client.post('/api/v1/auth/otp/verify').json({ phone: uniquePhone(), code: '000000' })
    }
    const response = await client
      .post('/api/v1/auth/otp/verify')
      .json({ phone: uniquePhone(), code: '000000' })
    response.assertStatus(429)
    assert.isAbove(Number(response.header('retry-after')), 0)
  }).timeout(60_000)
})
