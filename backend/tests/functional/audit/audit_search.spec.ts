import { test } from '@japa/runner'
import type User from '#accounts/models/user'
import AuditService from '#audit/services/audit_service'
import { isolateDatabase } from '#tests/helpers'
import { makeWorld, type World } from '#tests/fixtures/marketplace'

/** Everyone who is not an admin, platform dispatchers included. */
const OTHERS = {
  shipper: (w: World) => w.shipper,
  carrierDispatcher: (w: World) => w.carrier.dispatcher,
  carrierDriver: (w: World) => w.carrier.driver,
  platformDispatcher: (w: World) => w.platformDispatcher,
}

async function seed(admin: User) {
  const audit = new AuditService()
  await audit.record({
    action: 'user.suspended',
    actor: admin,
    subject: { type: 'user', id: 41 },
    reason: 'Fraudulent papers, "forged" stamp',
    before: { suspended: false },
    after: { suspended: true },
  })
  await audit.record({
    action: 'paper.verified',
    actor: admin,
    subject: { type: 'document', id: 7 },
    before: { status: 'pending' },
    after: { status: 'verified' },
  })
  await audit.record({ action: 'user.reinstated', actor: null, subject: { type: 'user', id: 41 } })
}

test.group('audit log / search and export', (group) => {
  isolateDatabase(group)

  test('GET /admin/audit-events: newest first, filtered by action, subject and words', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    await seed(w.admin)

    const all = await client.get('/api/v1/admin/audit-events').loginAs(w.admin)
    all.assertStatus(200)
    assert.deepEqual(
      all.body().data.map((e: { action: string }) => e.action),
      ['user.reinstated', 'paper.verified', 'user.suspended']
    )
    assert.equal(all.body().meta.total, 3)
    assert.isNull(all.body().data[0].actor)

    const bySubject = await client
      .get('/api/v1/admin/audit-events')
      .qs({ subjectType: 'user', subjectId: '41' })
      .loginAs(w.admin)
    assert.lengthOf(bySubject.body().data, 2)

    const byAction = await client
      .get('/api/v1/admin/audit-events')
      .qs({ action: 'paper.verified' })
      .loginAs(w.admin)
    assert.deepEqual(byAction.body().data[0].subject, { type: 'document', id: '7', name: null })
    assert.deepEqual(byAction.body().data[0].actor, {
      id: w.admin.id,
      role: 'admin',
      name: w.admin.name,
    })

    const byWords = await client
      .get('/api/v1/admin/audit-events')
      .qs({ q: 'forged' })
      .loginAs(w.admin)
    assert.deepEqual(
      byWords.body().data.map((e: { action: string }) => e.action),
      ['user.suspended']
    )
  })

  test('refuses an unknown action or a malformed date with 422', async ({ client, assert }) => {
    const w = await makeWorld()
    const response = await client
      .get('/api/v1/admin/audit-events')
      .qs({ action: 'user.deleted', from: 'yesterday' })
      .loginAs(w.admin)
    response.assertStatus(422)
    assert.sameMembers(
      response.body().errors.map((e: { field: string }) => e.field),
      ['action', 'from']
    )
  })

  test('GET /admin/audit-events/export: CSV of the same rows, and the export is recorded', async ({
    client,
    assert,
  }) => {
    const w = await makeWorld()
    await seed(w.admin)

    const response = await client
      .get('/api/v1/admin/audit-events/export')
      .qs({ subjectType: 'user' })
      .loginAs(w.admin)
    response.assertStatus(200)
    assert.match(response.header('content-type')!, /^text\/csv/)
    assert.match(response.header('content-disposition')!, /attachment; filename="njia-audit-/)
    const lines = response.text().trimEnd().split('\r\n')
    assert.equal(
      lines[0],
      'id,occurredAt,actorId,actorRole,actorName,ip,action,subjectType,subjectId,subjectName,reason,before,after'
    )
    assert.lengthOf(lines, 3)
    assert.include(lines[1], ',user.reinstated,user,41,')
    assert.include(lines[2], '"Fraudulent papers, ""forged"" stamp"')
    assert.include(lines[2], '"{""suspended"":false}"')

    const recorded = await client
      .get('/api/v1/admin/audit-events')
      .qs({ action: 'audit.exported' })
      .loginAs(w.admin)
    assert.lengthOf(recorded.body().data, 1)
    assert.deepEqual(recorded.body().data[0].after, { subjectType: 'user' })
  })

  for (const [name, userOf] of Object.entries(OTHERS)) {
    test(`GET /admin/audit-events refuses a ${name} (403)`, async ({ client }) => {
      const w = await makeWorld()
      const response = await client.get('/api/v1/admin/audit-events').loginAs(userOf(w))
      response.assertStatus(403)
    })

    test(`GET /admin/audit-events/export refuses a ${name} (403) and records nothing`, async ({
      client,
      assert,
    }) => {
      const w = await makeWorld()
      const response = await client.get('/api/v1/admin/audit-events/export').loginAs(userOf(w))
      response.assertStatus(403)
      const rows = await new AuditService().search({ action: 'audit.exported' }, 1, 10)
      assert.equal(rows.total, 0)
    })
  }

  test('both refuse a request without a token (401)', async ({ client }) => {
    const search = await client.get('/api/v1/admin/audit-events')
    search.assertStatus(401)
    const csv = await client.get('/api/v1/admin/audit-events/export')
    csv.assertStatus(401)
  })
})
