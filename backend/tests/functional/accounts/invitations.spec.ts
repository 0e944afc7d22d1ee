import { test } from '@japa/runner'
import emitter from '@adonisjs/core/services/emitter'
import { DateTime } from 'luxon'
import type {} from '#accounts/access_events'
import Organisation from '#accounts/models/organisation'
import OrganisationInvitation from '#accounts/models/organisation_invitation'
import accountsConfig from '#config/accounts'
import {
  carrierWithOwner,
  codeIn,
  counts,
  invite,
  isolateAccounts,
  textsTo,
  makeOrganisation,
  makeUser,
  uniquePhone,
} from '#tests/accounts_helpers'
import { listenToEvents } from '#tests/notifications_fixtures'

/** Collects accounts' `user:access-changed` events while a test runs. */
function accessChanges() {
  const seen: { userId: number; change: string }[] = []
  const listener = (event: { userId: number; change: string }) => void seen.push(event)
  emitter.on('user:access-changed', listener)
  return { seen, stop: () => emitter.off('user:access-changed', listener) }
}

test.group('organisations / nobody joins without saying yes', (group) => {
  isolateAccounts(group)

  test('adding a driver who has an account invites them: SMS, in-app, and no membership yet', async ({
    client,
    assert,
  }) => {
    const events = listenToEvents()
    try {
      const { owner, organisation } = await carrierWithOwner()
      const driver = await makeUser({ role: 'driver', name: 'Samuel' })

      const response = await invite(client, owner, organisation.id, driver.phone)

      response.assertStatus(202)
      assert.include(response.body(), { role: 'driver', status: 'pending' })
      assert.deepEqual(response.body().organisation.id, organisation.id)
      assert.deepEqual(response.body().invitee, {
        id: driver.id,
        phone: driver.phone,
        name: 'Samuel',
        role: 'driver',
        // Not a member yet: the organisation sees no photo of them.
        photoUrl: null,
      })
      assert.isUndefined(response.body().code)
      await driver.refresh()
      assert.isNull(driver.organisationId)

      const members = await client.get(`/api/v1/organisations/${organisation.id}`).loginAs(owner)
      assert.deepEqual(
        members.body().members.map((m: { id: number }) => m.id),
        [owner.id]
      )

      const [sms] = events.sms.sent
      assert.equal(sms.to, driver.phone)
      assert.match(sms.body, new RegExp(`${organisation.name} invites you to join as driver`))
      assert.match(sms.body, /Reply YES [A-Z0-9]{6} to accept or NO [A-Z0-9]{6}/)

      await events.queue.drain()
      const notices = await client.get('/api/v1/notifications').loginAs(driver)
      assert.deepEqual(
        notices
          .body()
          .data.map((n: { kind: string; title: string; link: string }) => [
            n.kind,
            n.title,
            n.link,
          ]),
        [['organisation_invitation', `${organisation.name} invites you to join`, '/organisation']]
      )
      // Texted once, by accounts: the in-app notice does not text it again.
      assert.lengthOf(events.sms.sent, 1)

      const mine = await client.get('/api/v1/invitations').loginAs(driver)
      mine.assertStatus(200)
      assert.lengthOf(mine.body().data, 1)
      assert.include(mine.body().data[0], { id: response.body().id, status: 'pending' })
      assert.deepEqual(mine.body().data[0].invitedBy, { id: owner.id, name: 'Joseph Mwangi' })
    } finally {
      events.restore()
    }
  })

  test('the invitation is in the invitee’s language', async ({ client, assert }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    driver.locale = 'sw'
    await driver.save()
    const response = await invite(client, owner, organisation.id, driver.phone)
    response.assertStatus(202)
    const [text] = await textsTo(driver.phone)
    assert.match(text, /inakualika ujiunge kama dereva\. Jibu NDIO [A-Z0-9]{6} kukubali/)
  })

  test('accepting joins the organisation once; the change is announced', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    const invited = await invite(client, owner, organisation.id, driver.phone)
    const changes = accessChanges()
    try {
      const accepted = await client
        .post(`/api/v1/invitations/${invited.body().id}/accept`)
        .loginAs(driver)
      accepted.assertStatus(200)
      assert.equal(accepted.body().status, 'accepted')
      await driver.refresh()
      assert.equal(driver.organisationId, organisation.id)
      assert.deepEqual(changes.seen, [{ userId: driver.id, change: 'joined' }])

      const again = await client
        .post(`/api/v1/invitations/${invited.body().id}/accept`)
        .loginAs(driver)
      again.assertStatus(409)
      assert.equal(again.body().errors[0].code, 'E_INVITATION_ANSWERED')
      const declineAfter = await client
        .post(`/api/v1/invitations/${invited.body().id}/decline`)
        .loginAs(driver)
      declineAfter.assertStatus(409)
      assert.lengthOf(changes.seen, 1)

      const members = await client.get(`/api/v1/organisations/${organisation.id}`).loginAs(owner)
      assert.sameMembers(
        members.body().members.map((m: { id: number }) => m.id),
        [owner.id, driver.id]
      )
    } finally {
      changes.stop()
    }
  })

  test('declining leaves the person where they were; the owner sees the answer', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    const invited = await invite(client, owner, organisation.id, driver.phone)

    const declined = await client
      .post(`/api/v1/invitations/${invited.body().id}/decline`)
      .loginAs(driver)
    declined.assertStatus(200)
    assert.equal(declined.body().status, 'declined')
    await driver.refresh()
    assert.isNull(driver.organisationId)

    const accept = await client
      .post(`/api/v1/invitations/${invited.body().id}/accept`)
      .loginAs(driver)
    accept.assertStatus(409)
    assert.equal(accept.body().errors[0].code, 'E_INVITATION_ANSWERED')

    const sent = await client
      .get(`/api/v1/organisations/${organisation.id}/invitations`)
      .loginAs(owner)
    sent.assertStatus(200)
    assert.deepEqual(
      sent
        .body()
        .data.map((i: { status: string; invitee: { id: number } }) => [i.status, i.invitee.id]),
      [['declined', driver.id]]
    )
    const mine = await client.get('/api/v1/invitations').loginAs(driver)
    assert.deepEqual(mine.body().data, [])
  })

  test('an expired invitation cannot be accepted, and a new one may be sent', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    const invited = await invite(client, owner, organisation.id, driver.phone)
    // Sent a lifetime ago (longer than the re-invite cooldown), unanswered.
    await OrganisationInvitation.query()
      .where('id', invited.body().id)
      .update({
        createdAt: DateTime.now().minus({ hours: accountsConfig.invitationTtlHours }).toJSDate(),
        expiresAt: DateTime.now().minus({ minutes: 1 }).toJSDate(),
      })

    const accept = await client
      .post(`/api/v1/invitations/${invited.body().id}/accept`)
      .loginAs(driver)
    accept.assertStatus(409)
    assert.equal(accept.body().errors[0].code, 'E_INVITATION_EXPIRED')
    await driver.refresh()
    assert.isNull(driver.organisationId)
    const mine = await client.get('/api/v1/invitations').loginAs(driver)
    assert.deepEqual(mine.body().data, [])

    const again = await invite(client, owner, organisation.id, driver.phone)
    again.assertStatus(202)
    const statuses = await OrganisationInvitation.query().where('userId', driver.id).orderBy('id')
    assert.deepEqual(
      statuses.map((i) => i.status),
      ['expired', 'pending']
    )
  })

  test('re-inviting within the cooldown (after a decline) is 429 with Retry-After, and no second SMS', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    const invited = await invite(client, owner, organisation.id, driver.phone)
    await client.post(`/api/v1/invitations/${invited.body().id}/decline`).loginAs(driver)
    const before = await counts()

    const again = await invite(client, owner, organisation.id, driver.phone)

    again.assertStatus(429)
    assert.equal(again.body().errors[0].code, 'E_INVITATION_COOLDOWN')
    assert.match(
      again.body().errors[0].message,
      /^This person was invited less than 24 hours ago; you can invite them again after \d{4}-\d{2}-\d{2}T/
    )
    const wait = Number(again.header('retry-after'))
    assert.isAbove(wait, 23 * 3600)
    assert.isAtMost(wait, 24 * 3600)
    assert.deepEqual(await counts(), before)
    assert.lengthOf(await textsTo(driver.phone), 1)

    // Once the cooldown is over, the organisation may ask again.
    await OrganisationInvitation.query()
      .where('id', invited.body().id)
      .update({ createdAt: DateTime.now().minus({ hours: 25 }).toJSDate() })
    const later = await invite(client, owner, organisation.id, driver.phone)
    later.assertStatus(202)
    assert.lengthOf(await textsTo(driver.phone), 2)
  })

  test('a second invitation while one waits is 409, and nothing is sent', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    await invite(client, owner, organisation.id, driver.phone)
    const before = await counts()
    const twice = await invite(client, owner, organisation.id, driver.phone)
    twice.assertStatus(409)
    assert.include(twice.body().errors[0], { code: 'E_ALREADY_INVITED', field: 'phone' })
    assert.deepEqual(await counts(), before)
  })

  test("someone else's invitation answers 404 and changes nothing", async ({ client, assert }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    const intruder = await makeUser({ role: 'driver' })
    const invited = await invite(client, owner, organisation.id, driver.phone)

    for (const action of ['accept', 'decline']) {
      const response = await client
        .post(`/api/v1/invitations/${invited.body().id}/${action}`)
        .loginAs(intruder)
      response.assertStatus(404)
      assert.equal(response.body().errors[0].code, 'E_NOT_FOUND')
    }
    const theirs = await client.get('/api/v1/invitations').loginAs(intruder)
    assert.deepEqual(theirs.body().data, [])
    await intruder.refresh()
    assert.isNull(intruder.organisationId)
    const invitation = await OrganisationInvitation.findOrFail(invited.body().id)
    assert.equal(invitation.status, 'pending')

    const unknown = await client.post('/api/v1/invitations/999999/accept').loginAs(driver)
    unknown.assertStatus(404)
    const malformed = await client.post('/api/v1/invitations/abc/accept').loginAs(driver)
    malformed.assertStatus(422)
  })

  test('a plain member cannot read the invitations sent (403), an outsider gets 404', async ({
    client,
  }) => {
    const { organisation } = await carrierWithOwner()
    const member = await makeUser({ role: 'driver', organisation })
    const outsider = await makeUser({ role: 'driver' })
    const asMember = await client
      .get(`/api/v1/organisations/${organisation.id}/invitations`)
      .loginAs(member)
    asMember.assertStatus(403)
    const asOutsider = await client
      .get(`/api/v1/organisations/${organisation.id}/invitations`)
      .loginAs(outsider)
    asOutsider.assertStatus(404)
  })

  test('accepting while in another organisation, or in another role, is refused', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    const invited = await invite(client, owner, organisation.id, driver.phone)
    const elsewhere = await makeOrganisation('carrier', await makeUser({ role: 'driver' }))
    driver.organisationId = elsewhere.id
    await driver.save()

    const response = await client
      .post(`/api/v1/invitations/${invited.body().id}/accept`)
      .loginAs(driver)
    response.assertStatus(409)
    assert.equal(response.body().errors[0].code, 'E_ALREADY_IN_ORGANISATION')

    driver.organisationId = null
    driver.role = 'shipper'
    await driver.save()
    const otherRole = await client
      .post(`/api/v1/invitations/${invited.body().id}/accept`)
      .loginAs(driver)
    otherRole.assertStatus(409)
    assert.equal(otherRole.body().errors[0].code, 'E_ROLE_CONFLICT')
    await driver.refresh()
    assert.isNull(driver.organisationId)
  })

  test('a driver answers by text: YES <code> joins, and they get a text back', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    await invite(client, owner, organisation.id, driver.phone)
    const [invitationText] = await textsTo(driver.phone)
    const code = codeIn(invitationText)

    const wrong = await client
      .post('/api/v1/webhooks/africastalking/sms-inbound')
      .form({ from: driver.phone, to: '22384', text: 'YES ZZZZZZ', id: 'a1', date: '2026-11-30' })
    wrong.assertStatus(200)
    assert.deepEqual(wrong.body(), { ok: true, handled: true })
    await driver.refresh()
    assert.isNull(driver.organisationId)

    // Someone else's phone with the right code is not the invitee.
    const stranger = await makeUser({ role: 'driver' })
    const spoofed = await client
      .post('/api/v1/webhooks/africastalking/sms-inbound')
      .form({ from: stranger.phone, text: `YES ${code}` })
    assert.deepEqual(spoofed.body(), { ok: true, handled: false })
    await stranger.refresh()
    assert.isNull(stranger.organisationId)

    const yes = await client
      .post('/api/v1/webhooks/africastalking/sms-inbound')
      .form({ from: driver.phone, to: '22384', text: ` yes ${code.toLowerCase()}.` })
    yes.assertStatus(200)
    assert.deepEqual(yes.body(), { ok: true, handled: true })
    await driver.refresh()
    assert.equal(driver.organisationId, organisation.id)
    const texts = await textsTo(driver.phone)
    assert.match(texts[1], /no invitation with this code/)
    assert.equal(texts[2], `Njia: you joined ${organisation.name}.`)
  })

  test('NO <code> declines; unrelated texts are acknowledged and ignored', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    driver.locale = 'fr'
    await driver.save()
    await invite(client, owner, organisation.id, driver.phone)
    const [invitationText] = await textsTo(driver.phone)
    const code = codeIn(invitationText)

    const chatter = await client
      .post('/api/v1/webhooks/africastalking/sms-inbound')
      .form({ from: driver.phone, text: 'Bonjour' })
    assert.deepEqual(chatter.body(), { ok: true, handled: false })
    const no = await client
      .post('/api/v1/webhooks/africastalking/sms-inbound')
      .form({ from: driver.phone, text: `NON ${code}` })
    assert.deepEqual(no.body(), { ok: true, handled: true })
    await driver.refresh()
    assert.isNull(driver.organisationId)
    const texts = await textsTo(driver.phone)
    assert.equal(texts.at(-1), `Njia : vous avez refusé l'invitation de ${organisation.name}.`)
    const invitation = await OrganisationInvitation.findByOrFail('userId', driver.id)
    assert.equal(invitation.status, 'declined')
  })

  test('only the owner makes dispatchers; dispatchers add drivers', async ({ client, assert }) => {
    const { owner, organisation } = await carrierWithOwner()
    const dispatcher = await makeUser({ role: 'dispatcher', organisation })
    const before = await counts()

    const byDispatcher = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: uniquePhone(), role: 'dispatcher' })
      .loginAs(dispatcher)
    byDispatcher.assertStatus(403)
    assert.deepEqual(await counts(), before)

    const driver = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: uniquePhone(), role: 'driver' })
      .loginAs(dispatcher)
    driver.assertStatus(201)

    const byOwner = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: uniquePhone(), role: 'dispatcher' })
      .loginAs(owner)
    byOwner.assertStatus(201)
    assert.equal(byOwner.body().role, 'dispatcher')
  })

  test('members leave, runners remove; the owner stays; each change is announced', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const dispatcher = await makeUser({ role: 'dispatcher', organisation })
    const otherDispatcher = await makeUser({ role: 'dispatcher', organisation })
    const leaver = await makeUser({ role: 'driver', organisation })
    const removed = await makeUser({ role: 'driver', organisation })
    const outsider = await makeUser({ role: 'driver' })
    const changes = accessChanges()
    try {
      const left = await client
        .delete(`/api/v1/organisations/${organisation.id}/members/${leaver.id}`)
        .loginAs(leaver)
      left.assertStatus(204)
      const gone = await client
        .delete(`/api/v1/organisations/${organisation.id}/members/${removed.id}`)
        .loginAs(dispatcher)
      gone.assertStatus(204)
      assert.deepEqual(changes.seen, [
        { userId: leaver.id, change: 'left' },
        { userId: removed.id, change: 'removed' },
      ])
      for (const user of [leaver, removed]) {
        await user.refresh()
        assert.isNull(user.organisationId)
      }

      const dispatcherByDispatcher = await client
        .delete(`/api/v1/organisations/${organisation.id}/members/${otherDispatcher.id}`)
        .loginAs(dispatcher)
      dispatcherByDispatcher.assertStatus(403)
      const ownerLeaves = await client
        .delete(`/api/v1/organisations/${organisation.id}/members/${owner.id}`)
        .loginAs(owner)
      ownerLeaves.assertStatus(409)
      assert.equal(ownerLeaves.body().errors[0].code, 'E_OWNER_STAYS')
      const byOutsider = await client
        .delete(`/api/v1/organisations/${organisation.id}/members/${dispatcher.id}`)
        .loginAs(outsider)
      byOutsider.assertStatus(404)
      const notAMember = await client
        .delete(`/api/v1/organisations/${organisation.id}/members/${outsider.id}`)
        .loginAs(owner)
      notAMember.assertStatus(404)
      const byOwner = await client
        .delete(`/api/v1/organisations/${organisation.id}/members/${otherDispatcher.id}`)
        .loginAs(owner)
      byOwner.assertStatus(204)
      assert.lengthOf(changes.seen, 3)
      await owner.refresh()
      assert.equal(owner.organisationId, organisation.id)
    } finally {
      changes.stop()
    }
  })
})

test.group('organisations / leaving', (group) => {
  isolateAccounts(group)

  test('the organisation says whether the caller may leave, and leaving answers the same rule', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver', organisation })
    const platform =
      (await Organisation.findBy('kind', 'platform')) ?? (await makeOrganisation('platform'))
    const staff = await makeUser({ role: 'dispatcher', organisation: platform })
    const admin = await makeUser({ role: 'admin' })

    const canLeave = async (user: typeof owner, id: number) => {
      const response = await client.get(`/api/v1/organisations/${id}`).loginAs(user)
      response.assertStatus(200)
      return response.body().canLeave
    }
    assert.isTrue(await canLeave(driver, organisation.id))
    assert.isFalse(await canLeave(owner, organisation.id))
    assert.isFalse(await canLeave(staff, platform.id))
    // An admin sees the organisation but is not in it.
    assert.isFalse(await canLeave(admin, organisation.id))

    const ownerLeaves = await client
      .delete(`/api/v1/organisations/${organisation.id}/members/${owner.id}`)
      .loginAs(owner)
    ownerLeaves.assertStatus(409)
    assert.equal(ownerLeaves.body().errors[0].code, 'E_OWNER_STAYS')
    const staffLeaves = await client
      .delete(`/api/v1/organisations/${platform.id}/members/${staff.id}`)
      .loginAs(staff)
    staffLeaves.assertStatus(409)
    assert.equal(staffLeaves.body().errors[0].code, 'E_PLATFORM_STAFF_STAY')
    await staff.refresh()
    assert.equal(staff.organisationId, platform.id)

    const left = await client
      .delete(`/api/v1/organisations/${organisation.id}/members/${driver.id}`)
      .loginAs(driver)
    left.assertStatus(204)
  })
})

test.group('organisations / two invitations at the same moment', () => {
  // No global transaction: it would run both requests on one connection. The rows are removed by hand.
  test('one is sent and the other refused with a reason, never a 500; the person gets one SMS', async ({
    client,
    assert,
    cleanup,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const drivers = await Promise.all([1, 2, 3, 4, 5].map(() => makeUser({ role: 'driver' })))
    cleanup(async () => {
      const { default: db } = await import('@adonisjs/lucid/services/db')
      const userIds = [owner.id, ...drivers.map((driver) => driver.id)]
      await db.from('organisation_invitations').where('organisation_id', organisation.id).delete()
      await db.from('notifications').whereIn('user_id', userIds).delete()
      await db
        .from('sms_messages')
        .whereIn(
          'to',
          [owner, ...drivers].map((user) => user.phone)
        )
        .delete()
      await db.from('auth_access_tokens').whereIn('tokenable_id', userIds).delete()
      await db.from('users').where('id', owner.id).update({ organisation_id: null })
      await db.from('organisations').where('id', organisation.id).delete()
      await db.from('users').whereIn('id', userIds).delete()
    })
    for (const driver of drivers) {
      const answers = await Promise.all([
        invite(client, owner, organisation.id, driver.phone),
        invite(client, owner, organisation.id, driver.phone),
      ])
      const [sent, refused] = answers.sort((a, b) => a.status() - b.status())
      sent.assertStatus(202)
      // 409 when both passed the checks together, 429 when the first was already written.
      assert.oneOf(refused.body().errors?.[0]?.code, ['E_ALREADY_INVITED', 'E_INVITATION_COOLDOWN'])
      assert.lengthOf(await textsTo(driver.phone), 1)
    }
  })
})
