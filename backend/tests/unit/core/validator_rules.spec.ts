import { test } from '@japa/runner'
import vine, { errors } from '@vinejs/vine'
import { id, MAX_ID, number, page, textId, textNumber } from '#core/validators/rules/number'
import { dateTime, day, month } from '#core/validators/rules/date'
import { text } from '#core/validators/rules/text'
import { parseTimestamp } from '#core/validators/rules/timestamp'

/** The value as `field` of a one-field validator: what it becomes, or the refusal's rule. */
async function read(schema: Parameters<typeof vine.object>[0][string], value: unknown) {
  try {
    const { field } = await vine.create({ field: schema }).validate({ field: value })
    return { ok: field as unknown }
  } catch (error) {
    if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
    return { refused: (error.messages as { rule: string; message: string }[])[0] }
  }
}

test.group('Edge rules: ids, numbers, dates, text (app/core/validators/rules)', () => {
  test('a JSON number field takes only a JSON number of sane size', async ({ assert }) => {
    assert.deepEqual(await read(number(), 12.5), { ok: 12.5 })
    for (const hostile of ['12', [12], true, '', 1e300, -1e300, null]) {
      const result = await read(number(), hostile)
      assert.property(result, 'refused', JSON.stringify(hostile))
    }
  })

  test('a number written as text takes plain decimals only', async ({ assert }) => {
    assert.deepEqual(await read(textNumber(), '12'), { ok: 12 })
    assert.deepEqual(await read(textNumber(), ' -1.5 '), { ok: -1.5 })
    for (const hostile of ['1e3', '1e300', '0x10', '', ' ', ['1', '2'], [], 'Infinity', '1,5']) {
      assert.property(await read(textNumber(), hostile), 'refused', JSON.stringify(hostile))
    }
  })

  test('ids fit their column; pages are bounded', async ({ assert }) => {
    assert.deepEqual(await read(textId(), '42'), { ok: 42 })
    assert.property(await read(textId(), String(MAX_ID + 1)), 'refused')
    assert.deepEqual(await read(textId('bigint'), String(MAX_ID + 1)), { ok: MAX_ID + 1 })
    assert.property(await read(id(), '42'), 'refused')
    assert.property(await read(id(), 0), 'refused')
    assert.property(await read(id(), 1.5), 'refused')
    assert.property(await read(page(), '99999999'), 'refused')
  })

  test('dates fall within the product’s years and are written as ISO 8601', async ({ assert }) => {
    const ok = await read(dateTime(), '2026-11-30T08:15:00+03:00')
    assert.equal((ok.ok as Date).toISOString(), '2026-11-30T05:15:00.000Z')
    for (const hostile of ['+099999-01-01T00:00:00.000Z', '1', '1900-01-01T00:00:00Z', 12, []]) {
      assert.property(await read(dateTime(), hostile), 'refused', JSON.stringify(hostile))
    }
    const farFuture = await read(dateTime(), '9999-01-01T00:00:00Z')
    assert.equal(farFuture.refused?.message, 'The field field must be a date between 2000 and 2100')
    assert.deepEqual(await read(dateTime().optional(), undefined), { ok: undefined })
    assert.deepEqual(await read(day().nullable(), null), { ok: null })
    assert.property(await read(day(), '2026-11-30'), 'ok')
    assert.property(await read(day(), '99999-01-01'), 'refused')
    assert.property(await read(month(), '9999-01'), 'refused')
    assert.property(await read(month(), '2026-11'), 'ok')
    assert.isUndefined(parseTimestamp(new Date('+099999-01-01').getTime()))
    assert.isUndefined(parseTimestamp('9999-01-01T00:00:00Z'))
  })

  test('text is trimmed and never longer than its bound', async ({ assert }) => {
    assert.deepEqual(await read(text({ max: 5 }), '  abc '), { ok: 'abc' })
    assert.property(await read(text({ max: 5 }), 'x'.repeat(6)), 'refused')
    assert.property(await read(text({ max: 5 }), 12), 'refused')
    assert.property(await read(text({ max: 5 }), ['a']), 'refused')
  })
})
