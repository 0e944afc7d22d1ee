import { test } from '@japa/runner'
import { standInForEachTest } from '#tests/helpers'
import app from '@adonisjs/core/services/app'
import type { ApiClient } from '@japa/api-client'
import type User from '#accounts/models/user'
import PayoutNumber from '#money/models/payout_number'
import PayoutNumberService from '#money/services/payout_number_service'
import { codeFromOutbox, isolateAccounts } from '#tests/accounts_helpers'
import { completedPaidOrder, useFakeB2c } from '#tests/money_fixtures'

const FIRST = '+254733111222'
const SECOND = '+254744333444'

async function outbox(client: ApiClient, phone: string): Promise<string[]> {
  const response = await client.get('/api/v1/dev/outbox').qs({ to: phone })
  return response.body().data.map((message: { body: string }) => message.body)
}

test.group('Money: the replaced payout number is warned by SMS', (group) => {
  isolateAccounts(group)
  const b2c = standInForEachTest(group, useFakeB2c)

  async function change(client: ApiClient, owner: User, phone: string) {
    const asked = await client.post('/api/v1/payout-number').json({ phone }).loginAs(owner)
    asked.assertStatus(202)
    const code = await codeFromOutbox(client, phone)
    const confirmed = await client
      .post('/api/v1/payout-number/confirm')
      .json({ code })
      .loginAs(owner)
    confirmed.assertStatus(200)
    await b2c.queue.drain()
  }

  test('the number payouts went to is told, in the owner’s language, once, with the new number masked', async ({
    client,
    assert,
  }) => {
    const { owner, world } = await completedPaidOrder(client)
    await b2c.queue.drain()
    owner.locale = 'sw'
    await owner.save()
    const ownerPhoneBefore = await outbox(client, owner.phone)

    // The first payout number replaces the owner's own phone: that phone is warned.
    await change(client, owner, FIRST)
    const toOwner = await outbox(client, owner.phone)
    assert.lengthOf(toOwner, ownerPhoneBefore.length + 1)
    assert.include(
      toOwner[0],
      `malipo ya ${world.carrier.organisation.name} sasa yataenda +254 •••• 1222`
    )
    assert.notInclude(toOwner[0], FIRST)

    // A retried job sends nothing more.
    const first = await PayoutNumber.findByOrFail('phone', FIRST)
    const numbers = await app.container.make(PayoutNumberService)
    assert.equal(await numbers.alertReplaced(first.id), 'nothing')
    assert.lengthOf(await outbox(client, owner.phone), toOwner.length)

    // The next change warns the previous payout number, not the owner's phone again.
    await change(client, owner, SECOND)
    const toFirstNumber = await outbox(client, FIRST)
    const toFirst = toFirstNumber.filter((body) => body.includes('sasa yataenda'))
    assert.lengthOf(toFirst, 1)
    assert.include(toFirst[0], '+254 •••• 3444')
    assert.lengthOf(await outbox(client, owner.phone), toOwner.length)
  })

  test('confirming the owner’s own phone as the payout number warns nobody', async ({
    client,
    assert,
  }) => {
    const { owner } = await completedPaidOrder(client)
    await b2c.queue.drain()
    const before = await outbox(client, owner.phone)
    await change(client, owner, owner.phone)
    const after = await outbox(client, owner.phone)
    // Only the confirmation code arrived.
    assert.lengthOf(after, before.length + 1)
    assert.match(after[0], /confirms this number for a carrier's payouts/)
    const number = await PayoutNumber.findByOrFail('phone', owner.phone)
    assert.isNull(number.replacedPhone)
  })
})
