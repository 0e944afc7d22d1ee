import vine from '@vinejs/vine'
import { normalisePhone } from '#core/phone'

/** Validation metadata naming the country a number typed without "+" belongs to. */
export interface PhoneMeta {
  phoneCountry?: string
}

/**
 * Accepts a phone number of a supported country in any common format and
 * replaces it with its E.164 form; anything else fails with rule "phone".
 * A number without "+" is read in `meta.phoneCountry` (the account's
 * country, see #accounts/account_country), else in DEFAULT_COUNTRY.
 */
const phoneRule = vine.createRule(
  (value, _options, field) => {
    if (typeof value !== 'string') return
    const e164 = normalisePhone(value, (field.meta as PhoneMeta).phoneCountry)
    if (!e164) {
      field.report(
        'The {{ field }} field must be a phone number from Senegal, Kenya, Tanzania or Uganda',
        'phone',
        field
      )
      return
    }
    field.mutate(e164, field)
  },
  {
    toJSONSchema: (schema) => {
      Object.assign(schema, {
        examples: ['+254712345678'],
        description:
          'A mobile number of Senegal, Kenya, Tanzania or Uganda in any common format; answered in E.164',
      })
    },
  }
)

/** `phone: phone()` in a VineJS object schema. */
export function phone() {
  return vine.string().trim().maxLength(32).use(phoneRule())
}
