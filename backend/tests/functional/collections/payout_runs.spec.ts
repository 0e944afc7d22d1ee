import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import app from '@adonisjs/core/services/app'
import db from '@adonisjs/lucid/services/db'
import SmsMessage from '#sms/models/sms_message'
import Payout from '#money/models/payout'
import LedgerService from '#money/services/ledger_service'
import LedgerVerifier from '#money/services/ledger_verifier'
import { owners, type AccountPurpose } from '#money/ledger_accounts'
import Cooperative from '#collections/models/cooperative'
import type Farmer from '#collections/models/farmer'
import FarmerAdjustment from '#collections/models/farmer_adjustment'
import PayoutRunService from '#collections/services/payout_run_service'
import PayoutReversalService from '#money/services/payout_reversal_service'
import collectionsConfig from '#config/collections'
import { isolateDatabase, standInForEachTest } from '#tests/helpers'
import { makeUser, signedInAgo, tokenFor } from '#tests/accounts_helpers'
import accountsConfig from '#config/accounts'
import { b2cFailure, b2cSuccess, useFakeB2c } from '#tests/money_fixtures'
import {
  acceptedMilk,
  farmPhone,
  makeCooperative,
  makeFarmer,
  type Coop,
} from '#tests/collections_fixtures'
import User from '#accounts/models/user'
import AuditEvent from '#audit/models/audit_event'
import { ussdSession } from '#tests/ussd_helpers'
import { guardTransactions } from '#tests/transaction_guard'

const lastMonth = () =>
  DateTime.now().setZone(collectionsConfig.timeZone).startOf('month').minus({ days: 1 })

/** Milk accepted (grade A) on the 10th of last month, as a synced collection would be stored. */
function milkLastMonth(coop: Coop, farmer: Farmer, quantityLitres: number, grade = 'A') {
  return acceptedMilk(coop, farmer, lastMonth().set({ day: 10, hour: 6 }), {
    quantityLitres,
    grade,
  })
}

const balance = (coop: Coop, purpose: AccountPurpose) =>
  new LedgerService().balance({
    owner: owners.organisation(coop.organisation.id),
    purpose,
    currency: 'KES',
  })

test.group('collections: the farmers’ payout run', (group) => {
  isolateDatabase(group)
  guardTransactions(group)
  const b2c = standInForEachTest(group, useFakeB2c)

  /** Four farmers with last month's milk at KES 52/45 a litre; the fourth owes more than he earned. */
  async function month(client: any) {
    const coop = await makeCooperative('Kiambu Dairy')
    const period = lastMonth().toFormat('yyyy-MM')
    const manager = await tokenFor(coop.manager)
    const en = await makeFarmer(coop, { locale: 'en', memberNumber: 'K0001' })
    const sw = await makeFarmer(coop, { locale: 'sw', memberNumber: 'K0002' })
    const fr = await makeFarmer(coop, { locale: 'fr', memberNumber: 'K0003' })
    const owing = await makeFarmer(coop, { locale: 'sw', memberNumber: 'K0004' })
    await milkLastMonth(coop, en, 100)
    await milkLastMonth(coop, en, 20, 'B')
    await milkLastMonth(coop, sw, 50)
    await milkLastMonth(coop, fr, 10)
    await milkLastMonth(coop, owing, 5)
    const prices = await client
      .put(`/api/v1/cooperatives/${coop.organisation.id}/prices`)
      .bearerToken(manager)
      .json({ period, prices: { A: 5200, B: 4500 } })
    prices.assertStatus(200)
    for (const [farmer, adjustment] of [
      [sw, { period, kind: 'transport', amount: 30000 }],
      [sw, { period, kind: 'bonus', amount: 5000 }],
      [owing, { period, kind: 'advance', amount: 100000 }],
    ] as const) {
      const response = await client
        .post(`/api/v1/farmers/${farmer.id}/adjustments`)
        .bearerToken(manager)
        .json(adjustment)
      response.assertStatus(201)
    }
    return { coop, period, manager, farmers: { en, sw, fr, owing } }
  }

  test('prepared, approved once, each farmer paid by B2C once and told in their language; a failure is sent again', async ({
    client,
    assert,
  }) => {
    const { coop, period, manager, farmers } = await month(client)
    const runs = `/api/v1/cooperatives/${coop.organisation.id}/payout-runs`

    const prepared = await client.post(runs).bearerToken(manager).json({ period })
    prepared.assertStatus(201)
    const run = prepared.body()
    assert.equal(run.status, 'draft')
    // 100 L A + 20 L B = 520,000 + 90,000; 50 L A less 300 transport plus 50 bonus; 10 L A; 5 L A less 1,000 advance.
    assert.deepEqual(
      run.lines.map((line: any) => [line.farmer.memberNumber, line.litres, line.gross, line.net]),
      [
        ['K0001', 120, 610_000, 610_000],
        ['K0002', 50, 260_000, 235_000],
        ['K0003', 10, 52_000, 52_000],
        ['K0004', 5, 26_000, -74_000],
      ]
    )
    assert.equal(run.totalAmount, 897_000)
    assert.isTrue(run.lines.every((line: any) => line.payout === null))
    assert.lengthOf(b2c.requests(), 0)

    const approved = await client.post(`/api/v1/payout-runs/${run.id}/approve`).bearerToken(manager)
    approved.assertStatus(200)
    assert.equal(approved.body().status, 'approved')
    // The console names each farmer's payout by its farmer, not by the cooperative paying it.
    const admin = await makeUser({ role: 'admin' })
    const listed = await client.get('/api/v1/admin/payouts').qs({ kind: 'farmer' }).loginAs(admin)
    listed.assertStatus(200)
    assert.sameMembers(
      listed.body().data.map((payout: { payee: string }) => payout.payee),
      [farmers.en.name, farmers.sw.name, farmers.fr.name]
    )
    // Approving again (a double tap, a second manager) moves nothing.
    const again = await client.post(`/api/v1/payout-runs/${run.id}/approve`).bearerToken(manager)
    again.assertStatus(409)
    assert.equal(again.body().errors[0].code, 'E_RUN_APPROVED')
    const reprepared = await client.post(runs).bearerToken(manager).json({ period })
    reprepared.assertStatus(409)
    assert.lengthOf(await Payout.query().where('kind', 'farmer'), 3, 'nobody owed nothing is paid')
    assert.equal(await balance(coop, 'cooperative_receivable'), 897_000)
    assert.equal(await balance(coop, 'payout_in_flight'), 897_000)
    // The period is closed: nothing is added to what was paid.
    const cooperative = await Cooperative.findOrFail(coop.organisation.id)
    assert.equal(cooperative.closedThrough?.toISODate(), lastMonth().toISODate())
    // K0004 owed more than he earned: the KES 740 is taken off next month's statement, once.
    const carried = await FarmerAdjustment.query().where('farmer_id', farmers.owing.id)
    const nextPeriod = lastMonth().plus({ days: 1 }).toFormat('yyyy-MM')
    assert.deepEqual(
      carried.filter((a) => a.period === nextPeriod).map((a) => [a.kind, a.amount, a.note]),
      [['carried', 74_000, null]]
    )
    // His statement names it in his language, from the month it is owed from (no stored English).
    const next = await client
      .get(`/api/v1/farmers/${farmers.owing.id}/statement`)
      .qs({ period: nextPeriod })
      .bearerToken(manager)
    next.assertStatus(200)
    const owedFrom = new Intl.DateTimeFormat('sw-KE', { month: 'short', year: 'numeric' }).format(
      lastMonth().toJSDate()
    )
    assert.deepEqual(
      next.body().adjustments.map((a: any) => [a.kind, a.signedAmount, a.label]),
      [['carried', -74_000, `Deni la ${owedFrom}`]]
    )
    const csv = await client
      .get(`/api/v1/farmers/${farmers.owing.id}/statement`)
      .qs({ period: nextPeriod, format: 'csv' })
      .bearerToken(manager)
    assert.include(csv.text(), `carried,Deni la ${owedFrom},-74000,`)
    // A manager cannot write one by hand: only an approval carries what is owed.
    const byHand = await client
      .post(`/api/v1/farmers/${farmers.owing.id}/adjustments`)
      .bearerToken(manager)
      .json({ period: nextPeriod, kind: 'carried', amount: 100 })
    byHand.assertStatus(422)
    // And it stays closed: a paid month cannot be reopened, not even a day of it.
    for (const closedThrough of [null, lastMonth().minus({ days: 1 }).toISODate()]) {
      const reopen = await client
        .patch(`/api/v1/cooperatives/${coop.organisation.id}`)
        .bearerToken(manager)
        .json({ closedThrough })
      reopen.assertStatus(409)
      assert.equal(reopen.body().errors[0].code, 'E_PERIOD_CLOSED')
    }
    await cooperative.refresh()
    assert.equal(cooperative.closedThrough?.toISODate(), lastMonth().toISODate())

    await b2c.queue.drain()
    const requests = b2c.requests()
    assert.lengthOf(requests, 3)
    assert.sameMembers(
      requests.map((r: any) => `${r.PartyB}:${r.Amount}`),
      [
        `${farmers.en.payoutPhone.slice(1)}:6100`,
        `${farmers.sw.payoutPhone.slice(1)}:2350`,
        `${farmers.fr.payoutPhone.slice(1)}:520`,
      ]
    )
    const byPhone = (farmer: Farmer) =>
      requests.find((r: any) => r.PartyB === farmer.payoutPhone.slice(1))
    const callback = async (request: any, body: unknown) => {
      const path = new URL(request.ResultURL).pathname
      // Daraja may call back more than once: each replay changes nothing.
      for (let i = 0; i < 3; i++) {
        const ack = await client.post(path).json(body)
        ack.assertStatus(200)
      }
    }
    await callback(
      byPhone(farmers.en),
      b2cSuccess(byPhone(farmers.en).OriginatorConversationID, 6100)
    )
    await callback(
      byPhone(farmers.sw),
      b2cSuccess(byPhone(farmers.sw).OriginatorConversationID, 2350)
    )
    await callback(byPhone(farmers.fr), b2cFailure(byPhone(farmers.fr).OriginatorConversationID))
    await b2c.queue.drain()

    const detail = await client.get(`/api/v1/payout-runs/${run.id}`).bearerToken(manager)
    detail.assertStatus(200)
    const status = Object.fromEntries(
      detail
        .body()
        .lines.map((line: any) => [line.farmer.memberNumber, line.payout?.status ?? null])
    )
    assert.deepEqual(status, { K0001: 'sent', K0002: 'sent', K0003: 'failed', K0004: null })
    assert.isNotNull(detail.body().lines[2].payout.failureMessage)

    const statements = async (farmer: Farmer) =>
      SmsMessage.query()
        .where('to', farmer.phone)
        .then((messages) => messages.map((m) => m.body))
    const [enText] = await statements(farmers.en)
    assert.lengthOf(await statements(farmers.en), 1)
    assert.include(enText, 'Kiambu Dairy')
    assert.include(enText, 'sent to')
    assert.include(enText, 'M-Pesa ref SG632NMUAB')
    assert.include(enText, '120 L (A 100, B 20)')
    assert.include(enText, '6,100')
    assert.include(enText, 'Member K0001')
    const swTexts = await statements(farmers.sw)
    assert.lengthOf(swTexts, 1)
    assert.include(swTexts[0], 'zimetumwa')
    assert.include(swTexts[0], 'makato')
    // The farmer whose pay failed is told so, in French, once; never as paid.
    const failedTexts = await statements(farmers.fr)
    assert.lengthOf(failedTexts, 1)
    assert.include(failedTexts[0], "n'a pas pu")
    assert.include(failedTexts[0], 'Membre K0003')
    assert.notInclude(failedTexts[0], 'envoyés au')
    assert.equal(await balance(coop, 'farmer_payable'), 0)
    assert.equal(await balance(coop, 'payout_in_flight'), 52_000, 'the failed pay waits')
    assert.deepEqual(await new LedgerVerifier().verify(), [])

    // The farmer sees it on a feature phone, behind the PIN.
    const ussd = ussdSession(client, farmers.en.phone)
    await ussd.open()
    await ussd.answer('4')
    await ussd.answer('4821')
    const screen = await ussd.answer('4821')
    assert.match(screen, /^END Last payouts:\n/)
    assert.match(screen, /: KES\s6,100 paid, ref SG632NMUAB$/)

    // The manager sends the failed one again: a new key, then it goes through.
    const frLine = detail.body().lines[2]
    const retried = await client
      .post(`/api/v1/payout-runs/${run.id}/lines/${frLine.id}/retry`)
      .bearerToken(manager)
    retried.assertStatus(200)
    const twice = await client
      .post(`/api/v1/payout-runs/${run.id}/lines/${frLine.id}/retry`)
      .bearerToken(manager)
    twice.assertStatus(409)
    await b2c.queue.drain()
    const resent = b2c.requests().at(-1)
    assert.equal(resent.OriginatorConversationID, `NJIA-${frLine.payout.id}-2`)
    await callback(resent, b2cSuccess(resent.OriginatorConversationID, 520))
    await b2c.queue.drain()
    const frTexts = await statements(farmers.fr)
    assert.lengthOf(frTexts, 2, 'the failure, then the statement')
    assert.isTrue(frTexts.some((text) => text.includes('envoyés au')))
    assert.equal(await balance(coop, 'payout_in_flight'), 0)
    assert.deepEqual(await new LedgerVerifier().verify(), [])
    // The sweep finds nothing left to tell.
    const runService = await app.container.make(PayoutRunService)
    assert.deepEqual(await runService.unsentStatements(), [])
  }).timeout(90_000)

  test('a farmer’s pay the provider takes back after it was sent is owed again, and the farmer is told in their language, once', async ({
    client,
    assert,
  }) => {
    // Listeners queue the SMS jobs a few ticks after the commit that announces them.
    const queued = async (queue: string) => {
      for (let i = 0; i < 100 && !b2c.queue.sent.some((sent) => sent.job.queue === queue); i++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
    const { coop, period, manager, farmers } = await month(client)
    const prepared = await client
      .post(`/api/v1/cooperatives/${coop.organisation.id}/payout-runs`)
      .bearerToken(manager)
      .json({ period })
    const approved = await client
      .post(`/api/v1/payout-runs/${prepared.body().id}/approve`)
      .bearerToken(manager)
    approved.assertStatus(200)
    await b2c.queue.drain()
    const request = b2c.requests().find((r: any) => r.PartyB === farmers.sw.payoutPhone.slice(1))
    const ack = await client
      .post(new URL(request.ResultURL).pathname)
      .json(b2cSuccess(request.OriginatorConversationID, 2350))
    ack.assertStatus(200)
    await b2c.queue.drain()
    await queued('collections.payout-statement')
    await b2c.queue.drain()
    const payout = await Payout.findByOrFail(
      'originator_conversation_id',
      request.OriginatorConversationID
    )
    assert.equal(payout.status, 'sent')
    const payableBefore = await balance(coop, 'farmer_payable')

    const reversals = await app.container.make(PayoutReversalService)
    assert.equal(await reversals.apply(payout.id, 'taken back by the provider'), 'applied')
    assert.equal(await reversals.apply(payout.id, 'taken back again'), 'ignored')
    await queued('collections.payout-failure')
    await b2c.queue.drain()

    assert.equal(await balance(coop, 'farmer_payable'), payableBefore + 235_000)
    const texts = await SmsMessage.query()
      .where('to', farmers.sw.phone)
      .orderBy('id')
      .then((messages) => messages.map((m) => m.body))
    assert.lengthOf(texts, 2, 'the statement, then the reversal')
    assert.include(texts[1], 'yamerudishwa')
    assert.include(texts[1], 'Mwanachama K0002')
    assert.deepEqual(await new LedgerVerifier().verify(), [])
  })

  test('only the cooperative’s manager prepares and approves; bad periods change nothing', async ({
    client,
    assert,
  }) => {
    const { coop, period, manager } = await month(client)
    const other = await makeCooperative('Other Dairy')
    const runs = `/api/v1/cooperatives/${coop.organisation.id}/payout-runs`

    const clerk = await client
      .post(runs)
      .bearerToken(await tokenFor(coop.clerk))
      .json({ period })
    clerk.assertStatus(403)
    const stranger = await client
      .post(runs)
      .bearerToken(await tokenFor(other.manager))
      .json({ period })
    stranger.assertStatus(404)
    const driver = await client.get(runs).bearerToken(await tokenFor(coop.driver))
    driver.assertStatus(404)

    const current = DateTime.now().setZone(collectionsConfig.timeZone).toFormat('yyyy-MM')
    const open = await client.post(runs).bearerToken(manager).json({ period: current })
    open.assertStatus(409)
    assert.equal(open.body().errors[0].code, 'E_PERIOD_NOT_OVER')
    const malformed = await client.post(runs).bearerToken(manager).json({ period: '2026-13' })
    malformed.assertStatus(422)
    const unpriced = await client
      .post(runs)
      .bearerToken(manager)
      .json({ period: lastMonth().minus({ months: 1 }).toFormat('yyyy-MM') })
    // A month without milk has no lines and needs no prices.
    unpriced.assertStatus(201)
    assert.lengthOf(unpriced.body().lines, 0)

    const prepared = await client.post(runs).bearerToken(manager).json({ period })
    const run = prepared.body()
    for (const [who, status] of [
      [await tokenFor(coop.clerk), 403],
      [await tokenFor(other.manager), 404],
    ] as const) {
      const approve = await client.post(`/api/v1/payout-runs/${run.id}/approve`).bearerToken(who)
      approve.assertStatus(status)
      const show = await client.get(`/api/v1/payout-runs/${run.id}`).bearerToken(who)
      show.assertStatus(status)
    }
    // A session signed in long ago reads the run but may not send money.
    const stale = await signedInAgo(coop.manager, accountsConfig.recentSignInMinutes + 1)
    const old = await client.post(`/api/v1/payout-runs/${run.id}/approve`).bearerToken(stale)
    old.assertStatus(403)
    assert.equal(old.body().errors[0].code, 'E_RECENT_SIGN_IN_REQUIRED')
    const list = await client.get(runs).bearerToken(manager)
    list.assertStatus(200)
    assert.deepEqual(
      list.body().data.map((r: any) => [r.period, r.status]),
      [
        [period, 'draft'],
        [lastMonth().minus({ months: 1 }).toFormat('yyyy-MM'), 'draft'],
      ]
    )
    assert.lengthOf(await Payout.query().where('kind', 'farmer'), 0)
  })

  test('milk added after the run was prepared: approval is refused until it is prepared again', async ({
    client,
    assert,
  }) => {
    const { coop, period, manager, farmers } = await month(client)
    const runs = `/api/v1/cooperatives/${coop.organisation.id}/payout-runs`
    const prepared = await client.post(runs).bearerToken(manager).json({ period })
    const run = prepared.body()
    await milkLastMonth(coop, farmers.fr, 10)
    const stale = await client.post(`/api/v1/payout-runs/${run.id}/approve`).bearerToken(manager)
    stale.assertStatus(409)
    assert.equal(stale.body().errors[0].code, 'E_RUN_CHANGED')
    assert.lengthOf(await Payout.query().where('kind', 'farmer'), 0)
    assert.lengthOf(await db.from('ledger_journals').where('kind', 'farmer_payout_run_approved'), 0)

    const again = await client.post(runs).bearerToken(manager).json({ period })
    again.assertStatus(201)
    assert.equal(again.body().id, run.id)
    const fr = again.body().lines.find((line: any) => line.farmer.memberNumber === 'K0003')
    assert.equal(fr.net, 104_000)
    const approved = await client.post(`/api/v1/payout-runs/${run.id}/approve`).bearerToken(manager)
    approved.assertStatus(200)
  })

  test('two managers: who prepared a run cannot approve it, the other one does; alone, a manager approves their own', async ({
    client,
    assert,
  }) => {
    const { coop, period, manager } = await month(client)
    const runs = `/api/v1/cooperatives/${coop.organisation.id}/payout-runs`
    const prepared = await client.post(runs).bearerToken(manager).json({ period })
    const run = prepared.body()
    // Alone, Mary approves what she prepared: the run says no second approver is needed.
    assert.isFalse(run.secondApproverRequired)
    assert.equal(run.preparedByName, 'Mary Manager')

    const second = await User.create({
      phone: farmPhone(),
      name: 'Peter Second',
      role: 'dispatcher',
      organisationId: coop.organisation.id,
      locale: 'en',
    })
    const peter = await tokenFor(second)
    const shown = await client.get(`/api/v1/payout-runs/${run.id}`).bearerToken(manager)
    assert.isTrue(shown.body().secondApproverRequired)
    const own = await client.post(`/api/v1/payout-runs/${run.id}/approve`).bearerToken(manager)
    own.assertStatus(403)
    assert.equal(own.body().errors[0].code, 'E_SECOND_APPROVER')
    assert.lengthOf(await Payout.query().where('kind', 'farmer'), 0)
    await coop.cooperative.refresh()
    assert.isNull(coop.cooperative.closedThrough)

    const approved = await client.post(`/api/v1/payout-runs/${run.id}/approve`).bearerToken(peter)
    approved.assertStatus(200)
    assert.equal(approved.body().approvedByName, 'Peter Second')
    assert.equal(approved.body().preparedByName, 'Mary Manager')
    assert.lengthOf(await Payout.query().where('kind', 'farmer'), 3)
    // The refusal and the approval are both in the audit log, by whom, of which run.
    const audited = await AuditEvent.query()
      .where('subject_type', 'farmer_payout_run')
      .where('subject_id', String(run.id))
      .orderBy('id')
    assert.deepEqual(
      audited.map((event) => [event.action, event.actorId]),
      [
        ['payout_run.approval_refused', coop.manager.id],
        ['payout_run.approved', second.id],
      ]
    )
  })

  test('two managers when the run was prepared: removing the other one does not let its preparer approve it', async ({
    client,
    assert,
  }) => {
    const { coop, period, manager } = await month(client)
    const second = await User.create({
      phone: farmPhone(),
      name: 'Peter Second',
      role: 'dispatcher',
      organisationId: coop.organisation.id,
      locale: 'en',
    })
    const runs = `/api/v1/cooperatives/${coop.organisation.id}/payout-runs`
    const prepared = await client.post(runs).bearerToken(manager).json({ period })
    prepared.assertStatus(201)
    assert.isTrue(prepared.body().secondApproverRequired)
    // Peter leaves (or is removed) between the preparing and the approving.
    second.organisationId = null
    await second.save()

    const own = await client
      .post(`/api/v1/payout-runs/${prepared.body().id}/approve`)
      .bearerToken(manager)
    own.assertStatus(403)
    assert.equal(own.body().errors[0].code, 'E_SECOND_APPROVER')
    assert.lengthOf(await Payout.query().where('kind', 'farmer'), 0)
    const refused = await AuditEvent.query().where('action', 'payout_run.approval_refused')
    assert.deepEqual(
      refused.map((event) => [event.actorId, event.subjectId]),
      [[coop.manager.id, String(prepared.body().id)]]
    )
  })
})
