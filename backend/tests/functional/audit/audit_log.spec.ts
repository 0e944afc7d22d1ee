import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import AuditEvent from '#audit/models/audit_event'
import Dispute from '#orders/models/dispute'
import { isolateDatabase } from '#tests/helpers'
import { makeDocument, makeVehicle } from '#tests/fleet_fixtures'
import { makeAssignedOrder, makeWorld } from '#tests/fixtures/marketplace'

async function rowsFor(action: string, subjectId: number | string) {
  return AuditEvent.query().where('action', action).where('subject_id', String(subjectId))
}

test.group('audit log / recorded once with the action', (group) => {
  isolateDatabase(group)

  test('verifying a paper writes one row: who, from where, before and after', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const vehicle = await makeVehicle(w.carrier.organisation)
    const paper = await makeDocument('insurance', { vehicle }, { status: 'pending' })

    const response = await client
      .post(`/api/v1/documents/${paper.id}/verify`)
      .header('X-Forwarded-For', '203.0.113.9')
      .loginAs(w.admin)
    response.assertStatus(200)
    // Verifying again is refused and records nothing more.
    const again = await client.post(`/api/v1/documents/${paper.id}/verify`).loginAs(w.admin)
    again.assertStatus(409)

    const rows = await rowsFor('paper.verified', paper.id)
    assert.lengthOf(rows, 1)
    const [row] = rows
    assert.equal(row.actorId, w.admin.id)
    assert.equal(row.actorRole, 'admin')
    assert.equal(row.actorName, w.admin.name)
    assert.equal(row.subjectType, 'document')
    assert.equal(row.subjectName, paper.number)
    assert.equal(row.ip, '203.0.113.9')
    assert.deepEqual(row.before, { status: 'pending', rejectionReason: null })
    assert.deepEqual(row.after, { status: 'verified', rejectionReason: null })
  })

  test('rejecting a paper keeps the reason; a refused review (not an admin) writes nothing', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const paper = await makeDocument(
      'driving_licence',
      { driver: w.carrier.driver },
      {
        status: 'pending',
      }
    )
    const refused = await client
      .post(`/api/v1/documents/${paper.id}/reject`)
      .json({ reason: 'Photo is blurred' })
      .loginAs(w.carrier.dispatcher)
    refused.assertStatus(403)
    assert.lengthOf(await AuditEvent.all(), 0)

    const response = await client
      .post(`/api/v1/documents/${paper.id}/reject`)
      .json({ reason: 'Photo is blurred' })
      .loginAs(w.admin)
    response.assertStatus(200)
    const rows = await rowsFor('paper.rejected', paper.id)
    assert.lengthOf(rows, 1)
    assert.equal(rows[0].reason, 'Photo is blurred')
    assert.deepEqual(rows[0].after, { status: 'rejected', rejectionReason: 'Photo is blurred' })
  })

  test('resolving a dispute writes one row with the order before and after', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const order = await makeAssignedOrder(w.shipper, w.carrier, { status: 'disputed' })
    const dispute = await Dispute.create({
      orderId: order.id,
      openedById: w.shipper.id,
      reason: 'damaged',
      description: 'Torn sacks on arrival',
      evidence: [],
      status: 'open',
    })
    const decide = () =>
      client
        .post(`/api/v1/admin/disputes/${dispute.id}/decision`)
        .json({ decision: 'pay_carrier', note: 'Photos show intact sacks' })
        .loginAs(w.admin)
    const response = await decide()
    response.assertStatus(200)
    const again = await decide()
    again.assertStatus(409)

    const rows = await rowsFor('dispute.resolved', order.id)
    assert.lengthOf(rows, 1)
    assert.equal(rows[0].reason, 'Photos show intact sacks')
    // The console reads what it was about by name: the order by cargo and places, never "#id".
    const listed = await client
      .get('/api/v1/admin/audit-events')
      .qs({ action: 'dispute.resolved' })
      .loginAs(w.admin)
    assert.deepEqual(listed.body().data[0].subject, {
      type: 'order',
      id: String(order.id),
      name: 'maize · Industrial Area, Nairobi → Nakuru town',
    })
    assert.include(rows[0].before!, { orderStatus: 'disputed', disputeStatus: 'open' })
    assert.include(rows[0].after!, { disputeStatus: 'resolved', disputeId: dispute.id })
  })
})

test.group('audit log / append-only in the database', (group) => {
  isolateDatabase(group)

  for (const [statement, sql] of [
    ['UPDATE', `UPDATE audit_events SET reason = 'edited'`],
    ['DELETE', 'DELETE FROM audit_events'],
    ['TRUNCATE', 'TRUNCATE audit_events'],
  ]) {
    test(`${statement} is refused and changes nothing`, async ({ assert }) => {
      const row = await AuditEvent.create({
        actorId: null,
        action: 'user.suspended',
        subjectType: 'user',
        subjectId: '1',
        reason: 'original',
      })
      // A savepoint, so the refusal does not abort the test's transaction.
      await assert.rejects(() => db.transaction((trx) => trx.rawQuery(sql)), /append-only/)
      const kept = await AuditEvent.findOrFail(row.id)
      assert.equal(kept.reason, 'original')
    })
  }
})
