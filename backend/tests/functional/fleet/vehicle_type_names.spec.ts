import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isolateDatabase } from '#tests/helpers'
import { makeUser } from '#tests/fleet_fixtures'

test.group('Vehicle types are named in each language', (group) => {
  isolateDatabase(group)

  test('the reference types read in English, French and Swahili; an admin names a new one and corrects a name', async ({
    client,
    assert,
  }) => {
    const admin = await makeUser('admin', null)
    const list = await client.get('/api/v1/vehicle-types').loginAs(admin)
    list.assertStatus(200)
    const flatbed = list.body().data.find((t: { code: string }) => t.code === 'flatbed_10t')
    assert.deepEqual(flatbed.names, {
      en: 'Flatbed 10 t',
      fr: 'Plateau 10 t',
      sw: 'Lori la bapa tani 10',
    })

    const created = await client
      .post('/api/v1/vehicle-types')
      .json({
        code: 'water_bowser_10k',
        name: 'Water bowser 10,000 l',
        names: { fr: 'Citerne à eau 10 000 l' },
        body: 'tanker',
        capacityKg: 10_000,
        capacityM3: 10,
      })
      .loginAs(admin)
    created.assertStatus(201)
    // Not translated into Swahili yet: the English name stands in.
    assert.deepEqual(created.body().names, {
      en: 'Water bowser 10,000 l',
      fr: 'Citerne à eau 10 000 l',
      sw: 'Water bowser 10,000 l',
    })

    const corrected = await client
      .patch(`/api/v1/vehicle-types/${created.body().id}`)
      .json({ names: { sw: 'Bowza ya maji lita 10,000' } })
      .loginAs(admin)
    corrected.assertStatus(200)
    assert.deepEqual(corrected.body().names, {
      en: 'Water bowser 10,000 l',
      fr: 'Citerne à eau 10 000 l',
      sw: 'Bowza ya maji lita 10,000',
    })

    const tooShort = await client
      .patch(`/api/v1/vehicle-types/${created.body().id}`)
      .json({ names: { fr: 'x' } })
      .loginAs(admin)
    tooShort.assertStatus(422)
    assert.equal(tooShort.body().errors[0].field, 'names.fr')

    // Each change is in the audit log once, by whom, with the names before and after; the refused one is not.
    const audit = await db
      .from('audit_events')
      .where('subject_type', 'vehicle_type')
      .orderBy('id')
      .select('action', 'actor_id', 'subject_id', 'before', 'after')
    assert.deepEqual(
      audit.map((row) => [row.action, row.actor_id, row.subject_id]),
      [
        ['vehicle_type.created', admin.id, String(created.body().id)],
        ['vehicle_type.updated', admin.id, String(created.body().id)],
      ]
    )
    assert.isNull(audit[0].before)
    const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value)
    assert.notProperty(json(audit[1].before).names, 'sw')
    assert.equal(json(audit[1].after).names.sw, 'Bowza ya maji lita 10,000')
  })
})
