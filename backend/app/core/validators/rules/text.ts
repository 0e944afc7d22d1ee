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
