import { test } from '@japa/runner'
import accountsConfig from '#config/accounts'
import { DateTime } from 'luxon'
import OtpCode from '#accounts/models/otp_code'
import {
  codeFromOutbox,
  isolateAccounts,
  requestCode,
  signInCounts,
  uniquePhone,
} from '#tests/accounts_helpers'

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

  test('a stranger spending the budgets of a phone does not lock its owner out', async ({
    client,
    assert,
  }) => {
    const phone = uniquePhone()
    const stranger = '203.0.113.7'
    const owner = '198.51.100.4'
    const from = (address: string, path: string, body: object) =>
      client.post(`/api/v1/auth/otp/${path}`).header('X-Forwarded-For', address).json(body)

    for (let i = 0; i < limits.otpRequestPerPhone.requests; i++) {
      await from(stranger, 'request', { phone }).then((r) => r.assertStatus(202))
    }
    await from(stranger, 'request', { phone }).then((r) => r.assertStatus(429))
    for (let i = 0; i < limits.otpVerifyPerPhone.requests; i++) {
      await from(stranger, 'verify', { phone, code: '000000' }).then((r) => r.assertStatus(400))
    }
    await from(stranger, 'verify', { phone, code: '000000' }).then((r) => r.assertStatus(429))

    // The stranger's wrong tries burnt the code they had asked for; the owner asks for a fresh one.
    await from(owner, 'request', { phone }).then((r) => r.assertStatus(202))
    const code = await codeFromOutbox(client, phone)
    const signedIn = await from(owner, 'verify', { phone, code })
    signedIn.assertStatus(200)
    assert.equal(signedIn.body().user.phone, phone)
  })

  test('every failed code gets the same answer, whether or not the phone has a live code', async ({
    client,
    assert,
  }) => {
    const verify = (phone: string, code: string) =>
      client.post('/api/v1/auth/otp/verify').json({ phone, code })
    const answer = (phone: string, code: string) => verify(phone, code).then((r) => r.body())
    const answers: Record<string, unknown> = {}
    const wrongFor = (code: string) => (code === '000000' ? '111111' : '000000')

    answers.neverAsked = await answer(uniquePhone(), '123456')

    const live = uniquePhone()
    const liveCode = await requestCode(client, live)
    answers.wrong = await answer(live, wrongFor(liveCode))

    const expired = uniquePhone()
    const expiredCode = await requestCode(client, expired)
    await OtpCode.query()
      .where('phone', expired)
      .update({ expiresAt: DateTime.now().minus({ seconds: 1 }) })
    answers.expired = await answer(expired, expiredCode)

    const used = uniquePhone()
    const usedCode = await requestCode(client, used)
    await verify(used, usedCode).then((r) => r.assertStatus(200))
    answers.used = await answer(used, usedCode)

    const burnt = uniquePhone()
    const burntCode = await requestCode(client, burnt)
    for (let i = 0; i < accountsConfig.otp.maxAttempts; i++) {
      await verify(burnt, wrongFor(burntCode))
    }
    answers.burnt = await answer(burnt, burntCode)
    answers.burntWrong = await answer(burnt, wrongFor(burntCode))

    for (const [reason, body] of Object.entries(answers)) {
      assert.deepEqual(body, answers.neverAsked, reason)
    }
    assert.equal((answers.neverAsked as any).errors[0].code, 'E_INVALID_CODE')
  })
})
