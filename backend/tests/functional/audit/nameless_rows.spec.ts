import { test } from '@japa/runner'
import AuditService from '#audit/services/audit_service'
import { orderName } from '#orders/order_name'
import { isolateDatabase } from '#tests/helpers'
import { makeOrder, makeWorld } from '#tests/fixtures/marketplace'

/**
 * Audit rows recorded before subjects' names were kept (and by actions that
 * keep none) are named when read: the console shows what the subject is
 * called now, never "#id"; a row that kept its name shows that name.
 */
test.group('audit log / rows recorded without a name', (group) => {
  isolateDatabase(group)

  test('an order, a person and an organisation are named from their records now', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    const order = await makeOrder(w.shipper)
    const audit = new AuditService()
    // As rows were written before subject_name existed: no name.
    await audit.record({
      action: 'dispute.resolved',
      actor: w.admin,
      subject: { type: 'order', id: order.id },
    })
    await audit.record({
      action: 'user.suspended',
      actor: w.admin,
      subject: { type: 'user', id: w.carrier.driver.id },
    })
    await audit.record({
      action: 'payout_number.changed',
      actor: w.carrier.dispatcher,
      subject: { type: 'organisation', id: w.carrier.organisation.id },
    })
    // A row that kept its name shows that name, not what the person is called now.
    await audit.record({
      action: 'user.reinstated',
      actor: w.admin,
      subject: { type: 'user', id: w.shipper.id, name: 'Grace as she was' },
    })

    const response = await client
      .get('/api/v1/admin/audit-events')
      .qs({ actorId: w.admin.id })
      .loginAs(w.admin)
    response.assertStatus(200)
    const names = response
      .body()
      .data.map((e: { subject: { name: string | null } }) => e.subject.name)
    assert.deepEqual(names, ['Grace as she was', w.carrier.driver.name, orderName(order)])
    assert.equal(orderName(order), 'maize · Industrial Area, Nairobi → Nakuru town')

    const organisation = await client
      .get('/api/v1/admin/audit-events')
      .qs({ subjectType: 'organisation', subjectId: String(w.carrier.organisation.id) })
      .loginAs(w.admin)
    assert.equal(organisation.body().data[0].subject.name, w.carrier.organisation.name)

    const csv = await client
      .get('/api/v1/admin/audit-events/export')
      .qs({ subjectType: 'order', subjectId: String(order.id) })
      .loginAs(w.admin)
    csv.assertStatus(200)
    assert.include(csv.text(), `,dispute.resolved,order,${order.id},"${orderName(order)}",`)
  })

  test('a subject that no longer exists, or of a type nobody names, stays without a name', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    await new AuditService().record({
      action: 'user.suspended',
      actor: w.admin,
      subject: { type: 'user', id: 987_654_321 },
    })
    const response = await client
      .get('/api/v1/admin/audit-events')
      .qs({ actorId: w.admin.id })
      .loginAs(w.admin)
    assert.isNull(response.body().data[0].subject.name)
  })
})
