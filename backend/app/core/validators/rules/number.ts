import vine from '@vinejs/vine'

/** No quantity, amount or count of this product comes near it; `1e300` is no client's number. */
export const NUMBER_LIMIT = 1e15
/** PostgreSQL `integer`, the type of most ids. */
export const MAX_ID = 2_147_483_647
/** PostgreSQL `bigint` ids (events, messages, notifications) as far as JSON numbers are exact. */
export const MAX_BIG_ID = Number.MAX_SAFE_INTEGER
/** Deeper than this, a list is walked by narrowing the search, not by paging. */
export const MAX_PAGE = 10_000

/** Plain decimal notation, as a person or a form writes it: no exponent, hex, blank or list. */
const DECIMAL_TEXT = /^-?\d{1,16}(\.\d{1,16})?$/

function fromDecimalText(value: unknown) {
  return typeof value === 'string' && DECIMAL_TEXT.test(value.trim()) ? Number(value) : value
}

/**
 * A JSON number where a JSON body carries one: `"5"`, `[5]`, `true` or
 * `1e300` are refused, not converted.
 */
export function number() {
  return vine.number({ strict: true }).min(-NUMBER_LIMIT).max(NUMBER_LIMIT)
}

/**
 * A number written as text: a query string, a route parameter, a multipart
 * field. Only plain decimals ("12", "-1.5"); a list, "", "0x10" or "1e3"
 * is refused.
 */
export function textNumber() {
  return vine.number({ strict: true }).parse(fromDecimalText).min(-NUMBER_LIMIT).max(NUMBER_LIMIT)
}

type IdSize = 'integer' | 'bigint'
const maxIdOf = (size: IdSize) => (size === 'bigint' ? MAX_BIG_ID : MAX_ID)

/** The same rule outside a validator (a socket room name, a watch request). */
export function isId(value: unknown, size: IdSize = 'integer'): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= maxIdOf(size)
}

/** A record's id in a JSON body, within its column's range. */
export function id(size: IdSize = 'integer') {
  return number().withoutDecimals().min(1).max(maxIdOf(size))
}

/** A record's id in the URL (route parameter or query). */
export function textId(size: IdSize = 'integer') {
  return textNumber().withoutDecimals().min(1).max(maxIdOf(size))
}

/** `?page=`: 1 to MAX_PAGE. */
export function page() {
  return textNumber().withoutDecimals().min(1).max(MAX_PAGE)
}

/** `?perPage=` (or `limit`): 1 to the list's own maximum. */
export function perPage(max: number) {
  return textNumber().withoutDecimals().min(1).max(max)
}
