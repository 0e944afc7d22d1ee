import vine from '@vinejs/vine'
import { isoDate, isoDateTime } from '#core/contract/json_schema'

/** The years a date of this product falls in: year 99999 is a typing mistake or an attack. */
export const FIRST_YEAR = 2000
export const LAST_YEAR = 2100

/** Whether epoch milliseconds fall within FIRST_YEAR..LAST_YEAR. */
export function withinYears(ms: number) {
  const year = new Date(ms).getUTCFullYear()
  return year >= FIRST_YEAR && year <= LAST_YEAR
}

const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/
const DAY = /^\d{4}-\d{2}-\d{2}$/
/** Anything else given becomes a value vine.date refuses with its own message. */
const onlyMatching = (pattern: RegExp) => (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && pattern.test(value))
    ? value
    : 'not a date'

const YEARS_MESSAGE = `The {{ field }} field must be a date between ${FIRST_YEAR} and ${LAST_YEAR}`

const yearRule = vine.createRule((value, _options, field) => {
  if (!(value instanceof Date) || !withinYears(value.getTime())) {
    field.report(YEARS_MESSAGE, 'year', field)
  }
})

/** An ISO 8601 date-time ("2026-11-30T08:15:00Z", "…+03:00") or date, within the product's years. */
export function dateTime() {
  return vine
    .date({ formats: ['iso8601'] })
    .parse(onlyMatching(ISO_DATE_TIME))
    .use(yearRule())
    .use(isoDateTime())
}

/** A calendar day, "YYYY-MM-DD", within the product's years. */
export function day() {
  return vine
    .date({ formats: ['YYYY-MM-DD'] })
    .parse(onlyMatching(DAY))
    .use(yearRule())
    .use(isoDate())
}

const monthYearRule = vine.createRule((value, _options, field) => {
  if (typeof value === 'string' && !withinYears(Date.UTC(Number(value.slice(0, 4)), 0))) {
    field.report(YEARS_MESSAGE, 'year', field)
  }
})

/** A calendar month, "YYYY-MM", within the product's years. */
export function month() {
  return vine
    .string()
    .maxLength(7)
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .use(monthYearRule())
}
