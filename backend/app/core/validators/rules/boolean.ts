import vine from '@vinejs/vine'

/** A JSON `true` or `false` where a JSON body carries one: `"true"`, `1` or `"on"` are refused, not converted. */
export function boolean() {
  return vine.boolean({ strict: true })
}

/** A yes/no written as text (a query string): `true`/`false` or `1`/`0`. */
export function textBoolean() {
  return vine.boolean()
}
