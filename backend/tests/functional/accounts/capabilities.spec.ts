import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import type User from '#accounts/models/user'
import { isolateAccounts, makeOrganisation, makeUser, requestCode } from '#tests/accounts_helpers'
import {
  collectionInput,
  makeCooperative,
  makeFarmer,
  recordQueue,
} from '#tests/collections_fixtures'
import { guardTransactions } from '#tests/transaction_guard'

test.group('capabilities: what /me says a user may do', (group) => {
  isolateAccounts(group)
  guardTransactions(group)

  async function capabilitiesOf(client: ApiClient, user: User) {
    const response = await client.get('/api/v1/me').loginAs(user)
    response.assertStatus(200)
    return response.body().capabilities as string[]
  }

  test('each role gets exactly the capabilities its policies grant', async ({ client, assert }) => {
    const shipper = await makeUser({ role: 'shipper' })
    await makeOrganisation('shipper', shipper)
    const owner = await makeUser({ role: 'driver' })
    const carrier = await makeOrganisation('carrier', owner)
    const driver = await makeUser({ role: 'driver', organisation: carrier })
    const carrierDispatcher = await makeUser({ role: 'dispatcher', organisation: carrier })
    const loneDispatcher = await makeUser({ role: 'dispatcher' })
    const platform = await makeOrganisation('platform')
    const platformDispatcher = await makeUser({ role: 'dispatcher', organisation: platform })
    const admin = await makeUser({ role: 'admin', organisation: platform })
    const coop = await makeCooperative()

    const expected: [User, string[]][] = [
      [shipper, ['post_orders']],
      [owner, ['drive', 'watch_fleet', 'manage_vehicles', 'run_milk_routes']],
      [driver, ['drive', 'run_milk_routes']],
      [carrierDispatcher, ['watch_fleet', 'manage_vehicles']],
      // Runs no carrier: the fleet endpoints refuse them, so the app offers no dispatch page.
      [loneDispatcher, []],
      [platformDispatcher, ['watch_fleet', 'review_disputes', 'view_operations']],
      [
        admin,
        [
          'watch_fleet',
          'manage_vehicles',
          'review_papers',
          'review_disputes',
          'decide_disputes',
          'administer_money',
          'administer_accounts',
          'manage_vehicle_types',
          'read_audit',
          'view_operations',
          'retry_jobs',
        ],
      ],
      // A cooperative's manager records milk like its clerks (CooperativePolicy.work) and runs it.
      [coop.manager, ['run_milk_routes', 'work_in_cooperative', 'manage_cooperative']],
      [coop.clerk, ['run_milk_routes', 'work_in_cooperative']],
      [coop.grader, ['run_milk_routes', 'work_in_cooperative']],
      [coop.driver, ['drive', 'run_milk_routes']],
    ]
    for (const [user, capabilities] of expected) {
      assert.deepEqual(
        await capabilitiesOf(client, user),
        capabilities,
        `${user.role} of organisation ${user.organisationId}`
      )
    }
  })

  test('the sign-in answer carries the same capabilities as /me', async ({ client, assert }) => {
    const phone = '+254712999001'
    const code = await requestCode(client, phone)
    const signedIn = await client
      .post('/api/v1/auth/otp/verify')
      .json({ phone, code, name: 'Aisha', role: 'shipper' })
    signedIn.assertStatus(200)
    assert.deepEqual(signedIn.body().user.capabilities, ['post_orders'])
    const me = await client.get('/api/v1/me').bearerToken(signedIn.body().token)
    assert.deepEqual(me.body().capabilities, signedIn.body().user.capabilities)
  })

  test("a cooperative's manager, told they may record collections, has a collection taken", async ({
    client,
    assert,
  }) => {
    const queue = recordQueue()
    try {
      const coop = await makeCooperative()
      const farmer = await makeFarmer(coop)
      assert.include(await capabilitiesOf(client, coop.manager), 'work_in_cooperative')

      const response = await client
        .post('/api/v1/collections/sync')
        .json({ collections: [collectionInput(farmer, coop)] })
        .loginAs(coop.manager)
      response.assertStatus(200)
      assert.equal(response.body().results[0].status, 'stored')
    } finally {
      queue.restore()
    }
  })

  test('a capability follows the policy now: a clerk who leaves the cooperative loses it', async ({
    client,
    assert,
  }) => {
    const coop = await makeCooperative()
    assert.include(await capabilitiesOf(client, coop.clerk), 'work_in_cooperative')
    const left = await client
      .delete(`/api/v1/organisations/${coop.organisation.id}/members/${coop.clerk.id}`)
      .loginAs(coop.clerk)
    left.assertStatus(204)
    await coop.clerk.refresh()
    assert.deepEqual(await capabilitiesOf(client, coop.clerk), [])
  })
})
