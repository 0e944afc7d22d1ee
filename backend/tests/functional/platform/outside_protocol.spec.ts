import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import router from '@adonisjs/core/services/router'
import { readFileSync } from 'node:fs'
import { outsideProtocolOf } from '#core/http/outside_protocol'
import {
  carrierWithOwner,
  codeIn,
  invite,
  isolateAccounts,
  makeUser,
  textsTo,
} from '#tests/accounts_helpers'

/** The form lines of a provider fixture (`key=value&…`), each as an object. */
function formLines(name: string) {
  return readFileSync(app.makePath('tests/fixtures/providers', name), 'utf8')
    .split('\n')
    .filter((line) => /^\w+=/.test(line))
    .map((line) => Object.fromEntries(new URLSearchParams(line)))
}

test.group(
  'Outside protocol routes: the provider’s wire rules, not the API’s edge rules',
  (group) => {
    isolateAccounts(group)

    test('every route a provider or tracker app calls is declared at the route', async ({
      assert,
    }) => {
      const routes = Object.values(router.toJSON()).flat()
      const spokenByOthers = routes.filter((route) =>
        /\/webhooks\/|^\/api\/v1\/ussd$|^\/osmand$/.test(route.pattern)
      )
      assert.includeMembers(
        spokenByOthers.map((route) => route.pattern),
        [
          '/api/v1/webhooks/africastalking/sms-delivery-reports',
          '/api/v1/webhooks/africastalking/sms-inbound',
          '/api/v1/ussd',
          '/osmand',
        ]
      )
      for (const route of spokenByOthers) {
        assert.isDefined(
          outsideProtocolOf(route),
          `${route.pattern} is not declared outsideProtocol`
        )
      }
    })

    test('Africa’s Talking’s delivery report and USSD steps, as published, are answered 200', async ({
      client,
      assert,
    }) => {
      const [report] = formLines('at-sms-delivery-report.form.txt')
      const unknownMessage = await client
        .post('/api/v1/webhooks/africastalking/sms-delivery-reports')
        .form(report)
      // A report on a text we never sent: the provider's answer, not an edge refusal.
      assert.equal(unknownMessage.status(), 404)
      assert.notEqual(unknownMessage.body().errors?.[0]?.code, 'E_INVALID_INPUT')

      const driver = await makeUser({ role: 'driver' })
      for (const step of formLines('at-ussd-session.form.txt')) {
        const response = await client
          .post('/api/v1/ussd')
          .form({ ...step, phoneNumber: driver.phone })
        response.assertStatus(200)
        assert.match(response.text(), /^(CON|END) /)
      }
    })

    test('an invitee’s YES whose “@” the gateway delivered as GSM 0x00 (NUL) still joins them', async ({
      client,
      assert,
    }) => {
      const { owner, organisation } = await carrierWithOwner()
      const driver = await makeUser({ role: 'driver' })
      await invite(client, owner, organisation.id, driver.phone)
      const [invitationText] = await textsTo(driver.phone)
      const code = codeIn(invitationText)

      // Africa's Talking's incoming message callback: date, from, id, linkId, text, to, networkCode.
      const response = await client.post('/api/v1/webhooks/africastalking/sms-inbound').form({
        date: '2026-11-30 09:12:44',
        from: driver.phone,
        id: 'ATXid_7c1c0e4f2b',
        linkId: 'SampleLinkId123',
        text: `YES ${code} \u0000`,
        to: '22384',
        networkCode: '63902',
      })

      response.assertStatus(200)
      assert.deepEqual(response.body(), { ok: true, handled: true })
      await driver.refresh()
      assert.equal(driver.organisationId, organisation.id)
    })
  }
)
