import vine from '@vinejs/vine'

/**
 * Text a person typed, trimmed, never longer than `max` characters: every
 * free-text field names its own bound (a name, an address, a note).
 */
export function text({ max, min }: { max: number; min?: number }) {
  const schema = vine.string().trim().maxLength(max)
  return min === undefined ? schema : schema.minLength(min)
}

/** A token or code a machine wrote, taken as it is (no trimming). */
export function token({ max }: { max: number }) {
  return vine.string().maxLength(max)
}

/**
 * Text a person typed, sent in a query string. The query string parser
 * splits values on commas, so "Marché Sandaga, Dakar" arrives as two pieces:
 * they are joined back. Any other list stays a list, and is refused.
 */
export function queryText({ max, min }: { max: number; min?: number }) {
  return text({ max, min }).parse((value) =>
    Array.isArray(value) && value.every((piece) => typeof piece === 'string')
      ? value.join(',')
      : value
  )
}
