import { test } from '@japa/runner'
import drive from '@adonisjs/drive/services/main'
import type User from '#accounts/models/user'
import { isolateDatabase } from '#tests/helpers'
import { PNG } from '#tests/fleet_fixtures'
import { makeWorld } from '#tests/fixtures/marketplace'
import { statusByRole, type RoleMatrixCase } from '#tests/fixtures/role_matrix'

/**
 * Every role against the routes that show someone's photo outside their
 * own profile and an order's crew: an organisation's members see each
 * other's faces (members list, dispatcher board), admins any account's
 * (console). 404 = not revealed, 403 = not an admin.
 */
async function withPhoto(user: User) {
  const key = `users/${user.id}/photo/face.png`
  await drive.use().put(key, PNG)
  await user.merge({ photoKey: key }).save()
}

const CASES: RoleMatrixCase[] = [
  {
    endpoint: "GET /organisations/:id/members/:userId/photo (the carrier's driver)",
    call: (c, w) =>
      c.get(
        `/api/v1/organisations/${w.carrier.organisation.id}/members/${w.carrier.driver.id}/photo`
      ),
    expect: {
      shipper: 404,
      colleague: 404,
      otherShipper: 404,
      carrierDispatcher: 200,
      carrierDriver: 200,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 404,
      admin: 200,
    },
  },
  {
    endpoint: 'GET /organisations/:id/members/:userId/photo (someone of another carrier)',
    call: (c, w) =>
      c.get(
        `/api/v1/organisations/${w.carrier.organisation.id}/members/${w.otherCarrier.driver.id}/photo`
      ),
    expect: {
      shipper: 404,
      colleague: 404,
      otherShipper: 404,
      carrierDispatcher: 404,
      carrierDriver: 404,
      otherCarrierDispatcher: 404,
      otherCarrierDriver: 404,
      platformDispatcher: 404,
      admin: 404,
    },
  },
  {
    endpoint: 'GET /admin/users/:id/photo',
    call: (c, w) => c.get(`/api/v1/admin/users/${w.carrier.driver.id}/photo`),
    expect: {
      shipper: 403,
      colleague: 403,
      otherShipper: 403,
      carrierDispatcher: 403,
      carrierDriver: 403,
      otherCarrierDispatcher: 403,
      otherCarrierDriver: 403,
      platformDispatcher: 403,
      admin: 200,
    },
  },
]

test.group('Authorization matrix: photos of members and accounts', (group) => {
  isolateDatabase(group)
  group.each.setup(() => {
    drive.fake('fs')
    return () => drive.restore('fs')
  })

  for (const testCase of CASES) {
    test(testCase.endpoint, async ({ client, assert }) => {
      const w = await makeWorld()
      await withPhoto(w.carrier.driver)
      await withPhoto(w.otherCarrier.driver)
      const actual = await statusByRole(
        client,
        w,
        (c) => testCase.call(c, w),
        (response) => {
          if (response.status() === 200) assert.equal(response.header('content-type'), 'image/png')
        }
      )
      assert.deepEqual(actual, testCase.expect)
    }).timeout(120_000)
  }

  test('the members list links each member’s photo only when there is one', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    await withPhoto(w.carrier.driver)
    const response = await client
      .get(`/api/v1/organisations/${w.carrier.organisation.id}`)
      .loginAs(w.carrier.dispatcher)
    const photos = Object.fromEntries(
      response
        .body()
        .members.map((m: { id: number; photoUrl: string | null }) => [m.id, m.photoUrl])
    )
    assert.equal(
      photos[w.carrier.driver.id],
      `/api/v1/organisations/${w.carrier.organisation.id}/members/${w.carrier.driver.id}/photo`
    )
    assert.isNull(photos[w.carrier.dispatcher.id])
  })
})
