import { test } from '@japa/runner'
import drive from '@adonisjs/drive/services/main'
import User from '#accounts/models/user'
import accountsConfig from '#config/accounts'
import { clearRateLimits, isolateDatabase } from '#tests/helpers'
import { PNG, PDF, makeOrganisation, makeUser } from '#tests/fleet_fixtures'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'

const photoKeyOf = (id: number) => User.findOrFail(id).then((user) => user.photoKey!)

/** 3 MB that start like a PNG: over the photo's 2 MB limit. */
const bigPng = () => Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)])

/** A person's photo (issue 10 item 3): set, replaced and removed by its owner only. */
test.group('Accounts: profile photo', (group) => {
  isolateDatabase(group)
  group.each.setup(async () => {
    drive.fake('fs')
    await clearRateLimits()
    return async () => {
      drive.restore('fs')
      await clearRateLimits()
    }
  })

  test('uploads are limited per account: past the limit 429 with a clear message, the photo kept', async ({
    client,
    assert,
  }) => {
    const { requests } = accountsConfig.rateLimits.photoUploadPerUser
    const driver = await makeUser('driver', await makeOrganisation('carrier'))
    const upload = (user: User) =>
      client.post('/api/v1/me/photo').file('photo', PNG, { filename: 'me.png' }).loginAs(user)
    for (let i = 0; i < requests; i++) {
      const allowed = await upload(driver)
      allowed.assertStatus(200)
    }
    const kept = await photoKeyOf(driver.id)

    const refused = await upload(driver)
    refused.assertStatus(429)
    assert.equal(refused.body().errors[0].code, 'E_TOO_MANY_REQUESTS')
    assert.equal(
      refused.body().errors[0].message,
      'Too many photo uploads; wait before sending another.'
    )
    assert.isAbove(Number(refused.header('retry-after')), 0)
    assert.equal(await photoKeyOf(driver.id), kept, 'the refused upload changed nothing')
    assert.isTrue(await drive.use().exists(kept))

    // Someone else's budget is their own.
    const other = await makeUser('driver', await makeOrganisation('carrier'))
    const theirs = await upload(other)
    theirs.assertStatus(200)
  }).timeout(60_000)

  test('the owner sets a photo, sees it, replaces it (the old file goes) and removes it', async ({
    client,
    assert,
  }) => {
    const driver = await makeUser('driver', await makeOrganisation('carrier'))
    const before = await client.get('/api/v1/me').loginAs(driver)
    assert.isFalse(before.body().hasPhoto)
    await client
      .get('/api/v1/me/photo')
      .loginAs(driver)
      .then((r) => r.assertStatus(404))

    const set = await client
      .post('/api/v1/me/photo')
      .file('photo', PNG, { filename: 'me.png' })
      .loginAs(driver)
    set.assertStatus(200)
    assert.isTrue(set.body().hasPhoto)
    const first = await photoKeyOf(driver.id)
    assert.isTrue(await drive.use().exists(first))

    const photo = await client.get('/api/v1/me/photo').loginAs(driver)
    photo.assertStatus(200)
    assert.equal(photo.header('content-type'), 'image/png')
    assert.equal(photo.header('x-content-type-options'), 'nosniff')

    await client
      .post('/api/v1/me/photo')
      .file('photo', PNG, { filename: 'again.png' })
      .loginAs(driver)
      .then((r) => r.assertStatus(200))
    const second = await photoKeyOf(driver.id)
    assert.notEqual(second, first)
    assert.isFalse(await drive.use().exists(first), 'the replaced photo is not kept')

    const removed = await client.delete('/api/v1/me/photo').loginAs(driver)
    removed.assertStatus(200)
    assert.isFalse(removed.body().hasPhoto)
    assert.isNull(await photoKeyOf(driver.id))
    assert.isFalse(await drive.use().exists(second))
    await client
      .get('/api/v1/me/photo')
      .loginAs(driver)
      .then((r) => r.assertStatus(404))
    await client
      .delete('/api/v1/me/photo')
      .loginAs(driver)
      .then((r) => r.assertStatus(200))
  })

  test('a file that is not an image, too big or missing is refused and changes nothing', async ({
    client,
    assert,
  }) => {
    const shipper = await makeUser('shipper', await makeOrganisation('shipper'))
    await client
      .post('/api/v1/me/photo')
      .file('photo', PNG, { filename: 'me.png' })
      .loginAs(shipper)
      .then((r) => r.assertStatus(200))
    const kept = await photoKeyOf(shipper.id)

    const disguised = await client
      .post('/api/v1/me/photo')
      .file('photo', PDF, { filename: 'me.jpg' })
      .loginAs(shipper)
    disguised.assertStatus(422)
    assert.equal(disguised.body().errors[0].field, 'photo')

    const script = await client
      .post('/api/v1/me/photo')
      .file('photo', Buffer.from('<script>alert(1)</script>'), { filename: 'me.jpg' })
      .loginAs(shipper)
    script.assertStatus(422)
    assert.include(['E_VALIDATION', 'E_INVALID_FILE'], script.body().errors[0].code)
    assert.equal(script.body().errors[0].field, 'photo')

    const big = await client
      .post('/api/v1/me/photo')
      .file('photo', bigPng(), { filename: 'me.png' })
      .loginAs(shipper)
    big.assertStatus(422)
    assert.equal(big.body().errors[0].field, 'photo')

    const none = await client.post('/api/v1/me/photo').field('x', '1').loginAs(shipper)
    none.assertStatus(422)

    assert.equal(await photoKeyOf(shipper.id), kept)
    const files = await drive.use().listAll(`users/${shipper.id}/photo`)
    assert.lengthOf([...files.objects], 1, 'no file left from a refused upload')
  })

  test("the shipper sees the driver's photo on who is coming; the link follows the crew rule", async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const order = await makeAssignedOrder(w.shipper, w.carrier)
    const without = await client.get(`/api/v1/orders/${order.id}/crew`).loginAs(w.shipper)
    assert.isNull(without.body().driver.photoUrl)
    await client
      .get(`/api/v1/orders/${order.id}/crew/photo`)
      .loginAs(w.shipper)
      .then((r) => r.assertStatus(404))

    await client
      .post('/api/v1/me/photo')
      .file('photo', PNG, { filename: 'me.png' })
      .loginAs(w.carrier.driver)
      .then((r) => r.assertStatus(200))
    const crew = await client.get(`/api/v1/orders/${order.id}/crew`).loginAs(w.shipper)
    assert.equal(crew.body().driver.photoUrl, `/api/v1/orders/${order.id}/crew/photo`)
    const image = await client.get(crew.body().driver.photoUrl).loginAs(w.shipper)
    image.assertStatus(200)
    assert.equal(image.header('content-type'), 'image/png')

    // Another shipper's order is not revealed, and neither is its driver's face.
    await client
      .get(`/api/v1/orders/${order.id}/crew/photo`)
      .loginAs(w.otherShipper)
      .then((r) => r.assertStatus(404))

    // Removed by its owner: gone for the shipper at once.
    await client.delete('/api/v1/me/photo').loginAs(w.carrier.driver)
    const after = await client.get(`/api/v1/orders/${order.id}/crew`).loginAs(w.shipper)
    assert.isNull(after.body().driver.photoUrl)
    await client
      .get(`/api/v1/orders/${order.id}/crew/photo`)
      .loginAs(w.shipper)
      .then((r) => r.assertStatus(404))
  })

  test('nobody else can set or remove your photo: the routes only ever touch the caller', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    await client
      .post('/api/v1/me/photo')
      .file('photo', PNG, { filename: 'me.png' })
      .loginAs(w.carrier.driver)
    const key = await photoKeyOf(w.carrier.driver.id)
    await client.delete('/api/v1/me/photo').loginAs(w.carrier.dispatcher)
    await client.delete('/api/v1/me/photo').loginAs(w.admin)
    assert.equal(await photoKeyOf(w.carrier.driver.id), key)
    await client
      .post('/api/v1/me/photo')
      .file('photo', PNG, { filename: 'me.png' })
      .then((r) => r.assertStatus(401))
    await client.delete('/api/v1/me/photo').then((r) => r.assertStatus(401))
    await client.get('/api/v1/me/photo').then((r) => r.assertStatus(401))
  })
})
