import vine from '@vinejs/vine'
import { text, token } from '#core/validators/rules/text'

// eslint-disable-next-line no-control-regex
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001F\u007F]*$/

/** Africa's Talking's USSD callback (form fields). */
export const ussdRequestValidator = vine.create({
  sessionId: text({ max: 100 }).regex(/^[\x21-\x7E]{1,100}$/),
  serviceCode: text({ min: 1, max: 40 }),
  phoneNumber: text({ min: 5, max: 20 }),
  networkCode: text({ max: 10 }).nullable().optional(),
  /** The whole path of answers joined by `*`; empty on the first step. No control characters (a NUL cannot even be stored). */
  text: token({ max: 400 }).regex(NO_CONTROL_CHARACTERS).nullable().optional(),
})
