import vine from '@vinejs/vine'
import { FIRST_YEAR, LAST_YEAR, withinYears } from '#core/validators/rules/date'
import { jsonSchema } from '#core/contract/json_schema'

/**
 * Parses a point's time: epoch milliseconds (a number) or an ISO 8601
 * string with a zone ("2026-11-23T08:15:00.123Z", "+03:00"), within the
 * product's years. The value is replaced by epoch milliseconds; anything
 * else fails with rule "timestamp".
 */
const timestampRule = vine.createRule((value, _options, field) => {
  const ms = parseTimestamp(value)
  if (ms === undefined) {
    field.report(
      `The {{ field }} field must be epoch milliseconds or an ISO 8601 date-time with a zone, between ${FIRST_YEAR} and ${LAST_YEAR}`,
      'timestamp',
      field
    )
    return
  }
  field.mutate(ms, field)
})

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/

export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && withinYears(value) ? Math.round(value) : undefined
  }
  if (typeof value !== 'string' || value.length > 40 || !ISO_WITH_ZONE.test(value)) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) || !withinYears(ms) ? undefined : ms
}

/** `recordedAt: timestamp()` in a VineJS object schema; the output is epoch ms. */
export function timestamp() {
  return vine
    .any()
    .use(timestampRule())
    .use(
      jsonSchema({
        type: ['string', 'integer'],
        description: 'Epoch milliseconds, or ISO 8601 with a zone',
        examples: ['2026-11-23T08:15:00+03:00'],
      })
    ) as unknown as ReturnType<typeof vine.number>
}
