import vine from '@vinejs/vine'

// eslint-disable-next-line no-control-regex
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001F\u007F]*$/

/** Africa's Talking's USSD callback (form fields). */
export const ussdRequestValidator = vine.create({
  sessionId: vine
    .string()
    .trim()
    .regex(/^[\x21-\x7E]{1,100}$/),
  serviceCode: vine.string().trim().minLength(1).maxLength(40),
  phoneNumber: vine.string().trim().minLength(5).maxLength(20),
  networkCode: vine.string().trim().maxLength(10).nullable().optional(),
  /** The whole path of answers joined by `*`; empty on the first step. No control characters (a NUL cannot even be stored). */
  text: vine.string().maxLength(400).regex(NO_CONTROL_CHARACTERS).nullable().optional(),
})
