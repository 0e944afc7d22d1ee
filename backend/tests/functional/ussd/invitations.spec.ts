import { test } from '@japa/runner'
import OrganisationInvitation from '#accounts/models/organisation_invitation'
import {
  carrierWithOwner,
  invite,
  isolateAccounts,
  makeOrganisation,
  makeUser,
} from '#tests/accounts_helpers'
import { ussdSession } from '#tests/ussd_helpers'

test.group('ussd: invitations to join an organisation', (group) => {
  isolateAccounts(group)

  test('an invited driver sees the invitation in the menu and joins after the PIN (Swahili)', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver', name: 'Amina' })
    driver.locale = 'sw'
    await driver.save()
    const invited = await invite(client, owner, organisation.id, driver.phone)
    invited.assertStatus(202)

    const ussd = ussdSession(client, driver.phone)
    assert.match(await ussd.open(), /\n4\. Sasisha kazi\n5\. Mialiko \(1\)$/)
    assert.equal(await ussd.answer('5'), `CON Mialiko:\n1. ${organisation.name}`)
    assert.equal(
      await ussd.answer('1'),
      `CON ${organisation.name} inakualika ujiunge kama dereva.\n1. Kubali\n2. Kataa`
    )
    await ussd.answer('1')
    await ussd.answer('5173')
    assert.equal(await ussd.answer('5173'), `END Umejiunga na ${organisation.name}.`)

    await driver.refresh()
    assert.equal(driver.organisationId, organisation.id)
    const invitation = await OrganisationInvitation.findByOrFail('userId', driver.id)
    assert.equal(invitation.status, 'accepted')
    // Answered: the menu has four items again.
    assert.match(await ussdSession(client, driver.phone).open(), /\n4\. Sasisha kazi$/)
  })

  test('an invited shipper is shown the invitation at once and declines it (French)', async ({
    client,
    assert,
  }) => {
    const owner = await makeUser({ role: 'shipper', name: 'Awa' })
    const organisation = await makeOrganisation('shipper', owner)
    const shipper = await makeUser({ role: 'shipper' })
    shipper.locale = 'fr'
    await shipper.save()
    const invited = await client
      .post(`/api/v1/organisations/${organisation.id}/members`)
      .json({ phone: shipper.phone, role: 'shipper' })
      .loginAs(owner)
    invited.assertStatus(202)

    const ussd = ussdSession(client, shipper.phone)
    assert.equal(await ussd.open(), `CON Invitations :\n1. ${organisation.name}`)
    assert.equal(
      await ussd.answer('1'),
      `CON ${organisation.name} vous invite comme expéditeur.\n1. Accepter\n2. Refuser`
    )
    await ussd.answer('2')
    await ussd.answer('2468')
    assert.equal(
      await ussd.answer('2468'),
      `END Vous avez refusé l'invitation de ${organisation.name}.`
    )
    await shipper.refresh()
    assert.isNull(shipper.organisationId)
    const invitation = await OrganisationInvitation.findOrFail(invited.body().id)
    assert.equal(invitation.status, 'declined')
  })

  test('a driver with no invitation has no fifth item; an expired one is not offered', async ({
    client,
    assert,
  }) => {
    const { owner, organisation } = await carrierWithOwner()
    const driver = await makeUser({ role: 'driver' })
    const invited = await invite(client, owner, organisation.id, driver.phone)
    await OrganisationInvitation.query()
      .where('id', invited.body().id)
      .update({ expiresAt: new Date(Date.now() - 60_000) })

    const ussd = ussdSession(client, driver.phone)
    assert.match(await ussd.open(), /\n4\. Update job$/)
    assert.match(await ussd.answer('5'), /^CON Invalid choice\.\n/)
    await driver.refresh()
    assert.isNull(driver.organisationId)
  })
})
