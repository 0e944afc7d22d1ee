import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import OtpCode from '#accounts/models/otp_code'
import User from '#accounts/models/user'
import {
  signInCounts,
  isolateAccounts,
  makeOrganisation,
  makeUser,
  requestCode,
  uniquePhone,
} from '#tests/accounts_helpers'

const verify = '/api/v1/auth/otp/verify'

test.group('POST /api/v1/auth/otp/verify', (group) => {
  isolateAccounts(group)

  test('signs a new user in with the code and returns a token and the user', async ({
    client,
    assert,
  }) => {
    const phone = uniquePhone()
    const code = await requestCode(client, phone)

    const response = await client
      .post(verify)
      .json({ phone, code, name: 'Wanjiku', role: 'driver' })

    response.assertStatus(200)
    const { token, user } = response.body()
    assert.match(token, /^njia_/)
    assert.deepEqual(Object.keys(user).sort(), [
      'capabilities',
      'country',
      'createdAt',
      'hasPhoto',
      'id',
      'locale',
      'name',
      'organisation',
      'phone',
      'role',
    ])
    assert.include(user, {
      phone,
      name: 'Wanjiku',
      role: 'driver',
      locale: 'en',
      organisation: null,
    })

    const me = await client.get('/api/v1/me').bearerToken(token)
    me.assertStatus(200)
    me.assertBodyContains({ id: user.id, phone })
  })

  test('defaults to shipper and takes the country language for new users', async ({
    client,
    assert,
  }) => {
    const code = await requestCode(client, '+221771234567')
    const ok = await client.post(verify).json({ phone: '+221 77 123 45 67', code })
    ok.assertStatus(200)
    assert.include(ok.body().user, { role: 'shipper', locale: 'fr', phone: '+221771234567' })
  })

  test('takes the role on first sign-in only', async ({ client, assert }) => {
    const phone = uniquePhone()
    await client
      .post(verify)
      .json({ phone, code: await requestCode(client, phone), role: 'driver' })

    const again = await client
      .post(verify)
      .json({ phone, code: await requestCode(client, phone), role: 'shipper', name: 'Other' })

    again.assertStatus(200)
    assert.equal(again.body().user.role, 'driver')
    const stored = await User.findByOrFail('phone', phone)
    assert.equal(stored.role, 'driver')
  })

  test('includes the organisation of a member', async ({ client, assert }) => {
    const owner = await makeUser({ role: 'driver' })
    const organisation = await makeOrganisation('carrier', owner)
    const response = await client
      .post(verify)
      .json({ phone: owner.phone, code: await requestCode(client, owner.phone) })

    response.assertStatus(200)
    assert.deepEqual(response.body().user.organisation, {
      id: organisation.id,
      name: organisation.name,
      kind: 'carrier',
      country: 'KE',
    })
  })

  for (const role of ['dispatcher', 'admin', 'superuser']) {
    test(`refuses the ${role} role on self sign-up with 422 and writes nothing`, async ({
      client,
      assert,
    }) => {
      const phone = uniquePhone()
      const code = await requestCode(client, phone)
      const before = await signInCounts()

      const response = await client.post(verify).json({ phone, code, role })

      response.assertStatus(422)
      assert.include(response.body().errors[0], { code: 'E_VALIDATION', field: 'role' })
      assert.deepEqual(await signInCounts(), before)
      // The code was not spent by the refused request.
      const ok = await client.post(verify).json({ phone, code })
      ok.assertStatus(200)
    })
  }

  test('answers E_INVALID_CODE for a wrong code, counts it, and creates nobody', async ({
    client,
    assert,
  }) => {
    const phone = uniquePhone()
    const code = await requestCode(client, phone)
    const wrong = code === '000000' ? '111111' : '000000'
    const before = await signInCounts()

    const response = await client.post(verify).json({ phone, code: wrong })

    response.assertStatus(400)
    assert.include(response.body().errors[0], { code: 'E_INVALID_CODE', field: 'code' })
    assert.deepEqual(await signInCounts(), before)
    const otp = await OtpCode.findByOrFail('phone', phone)
    assert.equal(otp.attempts, 1)
  })

  test('answers E_INVALID_CODE when no code was asked for', async ({ client, assert }) => {
    const before = await signInCounts()
    const response = await client.post(verify).json({ phone: uniquePhone(), code: '123456' })
    response.assertStatus(400)
    assert.equal(response.body().errors[0].code, 'E_INVALID_CODE')
    assert.deepEqual(await signInCounts(), before)
  })

  test('answers E_INVALID_CODE once the code is older than its lifetime', async ({
    client,
    assert,
  }) => {
    const phone = uniquePhone()
    const code = await requestCode(client, phone)
    await OtpCode.query()
      .where('phone', phone)
      .update({ expiresAt: DateTime.now().minus({ seconds: 1 }) })
    const before = await signInCounts()

    const response = await client.post(verify).json({ phone, code })

    response.assertStatus(400)
    assert.include(response.body().errors[0], { code: 'E_INVALID_CODE', field: 'code' })
    assert.deepEqual(await signInCounts(), before)
  })

  test('burns the code after 5 wrong tries, even for the right code then', async ({
    client,
    assert,
  }) => {
    const phone = uniquePhone()
    const code = await requestCode(client, phone)
    const wrong = code === '000000' ? '111111' : '000000'

    const answers: string[] = []
    for (let i = 0; i < 5; i++) {
      const attempt = await client.post(verify).json({ phone, code: wrong })
      answers.push(attempt.body().errors[0].code)
    }
    assert.deepEqual(answers, Array(5).fill('E_INVALID_CODE'))
    const before = await signInCounts()

    const right = await client.post(verify).json({ phone, code })

    right.assertStatus(400)
    assert.equal(right.body().errors[0].code, 'E_INVALID_CODE')
    assert.deepEqual(await signInCounts(), before)
    assert.isNull(await User.findBy('phone', phone))
  })

  test('a code works once', async ({ client, assert }) => {
    const phone = uniquePhone()
    const code = await requestCode(client, phone)
    const first = await client.post(verify).json({ phone, code })
    first.assertStatus(200)
    const before = await signInCounts()

    const replay = await client.post(verify).json({ phone, code })

    replay.assertStatus(400)
    assert.equal(replay.body().errors[0].code, 'E_INVALID_CODE')
    assert.deepEqual(await signInCounts(), before)
  })

  test('a new request supersedes the previous code', async ({ client, assert }) => {
    const phone = uniquePhone()
    const first = await requestCode(client, phone)
    let second = await requestCode(client, phone)
    while (second === first) second = await requestCode(client, phone)

    const old = await client.post(verify).json({ phone, code: first })
    old.assertStatus(400)
    assert.equal(old.body().errors[0].code, 'E_INVALID_CODE')

    const current = await client.post(verify).json({ phone, code: second })
    current.assertStatus(200)
  })

  const badBodies: [string, object, string][] = [
    ['no code', { phone: '+254712345678' }, 'code'],
    ['a 5-digit code', { phone: '+254712345678', code: '12345' }, 'code'],
    ['a code with letters', { phone: '+254712345678', code: '12a456' }, 'code'],
    ['a numeric code', { phone: '+254712345678', code: 123456 }, 'code'],
    ['no phone', { code: '123456' }, 'phone'],
    ['an unknown phone format', { phone: '+1 202 555 0142', code: '123456' }, 'phone'],
    ['a name that is not text', { phone: '+254712345678', code: '123456', name: 42 }, 'name'],
    ['a role that is not text', { phone: '+254712345678', code: '123456', role: true }, 'role'],
  ]
  for (const [label, body, field] of badBodies) {
    test(`refuses ${label} with 422 on field ${field}, writing nothing`, async ({
      client,
      assert,
    }) => {
      const before = await signInCounts()
      const response = await client.post(verify).json(body)
      response.assertStatus(422)
      assert.equal(response.body().errors[0].code, 'E_VALIDATION')
      assert.include(
        response.body().errors.map((e: { field: string }) => e.field),
        field
      )
      assert.deepEqual(await signInCounts(), before)
    })
  }
})
