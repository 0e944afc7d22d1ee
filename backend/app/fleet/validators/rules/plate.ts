import vine from '@vinejs/vine'
import { text } from '#core/validators/rules/text'

/** "kca 123a", "DK-1234-AB" -> "KCA123A", "DK1234AB". */
export function normalisePlate(value: string) {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '')
}

/**
 * A number plate in any common spelling (spaces, dashes, lower case),
 * replaced by its normalised form: 2 to 12 letters and digits.
 */
const plateRule = vine.createRule((value, _options, field) => {
  if (typeof value !== 'string') return
  const normalised = normalisePlate(value)
  if (!/^[A-Z0-9]{2,12}$/.test(normalised) || !/^[A-Za-z0-9 \-.]+$/.test(value.trim())) {
    field.report(
      'The {{ field }} field must be a number plate: 2 to 12 letters and digits',
      'plate',
      field
    )
    return
  }
  field.mutate(normalised, field)
})

export function plate() {
  return text({ max: 20 }).use(plateRule())
}
