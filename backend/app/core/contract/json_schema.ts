import vine from '@vinejs/vine'

/** A JSON schema fragment, as VineJS's `toJSONSchema()` writes them. */
export type JsonSchema = Record<string, unknown>

/**
 * A rule that checks nothing and adds `extra` to the field's JSON schema:
 * how a field whose VineJS type says too little (a file, `vine.any()` with
 * a custom rule, a string holding a date-time) tells /openapi.json what it
 * accepts. `field: vine.any().use(jsonSchema({ type: 'string' }))`.
 */
const schemaRule = vine.createRule<JsonSchema>(() => {}, {
  toJSONSchema: (schema, extra) => {
    // `vine.any()` says "anything" (anyOf every type): a hook with a type replaces that.
    if ('type' in extra) delete schema.anyOf
    Object.assign(schema, extra)
  },
})

export function jsonSchema(extra: JsonSchema) {
  return schemaRule(extra)
}

/** A string holding an ISO 8601 date-time. */
export function isoDateTime() {
  return jsonSchema({ type: 'string', format: 'date-time' })
}

/** A string holding a date, YYYY-MM-DD. */
export function isoDate() {
  return jsonSchema({ type: 'string', format: 'date' })
}

/** An uploaded file (a multipart part). */
export function fileSchema() {
  return jsonSchema({ type: 'string', format: 'binary' })
}
