import type { DateTime } from 'luxon'
import type PayoutNumber from '#money/models/payout_number'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'
import { maskedPhone } from '#money/transformers/payment_transformer'

export const payoutNumberSchema = named(
  'PayoutNumber',
  z.object({
    phone: z.string().meta({
      description: 'Where payouts go, masked: the confirmed payout number, else the owner’s phone',
      examples: ['+254 •••• 5678'],
    }),
    confirmed: z
      .boolean()
      .meta({ description: 'False while payouts go to the owner’s sign-in phone' }),
    confirmedAt: isoDateTime().nullable(),
    pending: z
      .object({ phone: z.string(), expiresAt: isoDateTime() })
      .nullable()
      .meta({ description: 'A number waiting for the code texted to it' }),
    coolingUntil: isoDateTime()
      .nullable()
      .meta({ description: 'Payouts wait until then after a change of number' }),
  })
)

export interface PayoutNumberState {
  current: PayoutNumber | null
  ownerPhone: string | null
  /** A request whose code is still good. */
  pending: { number: PayoutNumber; expiresAt: DateTime } | null
  coolingUntil: DateTime | null
}

/** A carrier's payout number on the wire: numbers masked. */
export default class PayoutNumberTransformer {
  static toJSON(state: PayoutNumberState): z.infer<typeof payoutNumberSchema> {
    return {
      phone: maskedPhone(state.current?.phone ?? state.ownerPhone) ?? '',
      confirmed: state.current !== null,
      confirmedAt: toIso(state.current?.confirmedAt ?? null),
      pending: state.pending
        ? {
            phone: maskedPhone(state.pending.number.phone)!,
            expiresAt: toIso(state.pending.expiresAt),
          }
        : null,
      coolingUntil: toIso(state.coolingUntil),
    }
  }
}

export const payoutNumberAlertSchema = named(
  'PayoutNumberAlert',
  z.object({
    id: id().meta({ description: 'The payout number’s id' }),
    organisation: z.object({ id: id(), name: z.string() }),
    phone: z.string().meta({ description: 'The new payout number, masked' }),
    replacedPhone: z
      .string()
      .meta({ description: 'The number to warn, masked', examples: ['+254 •••• 0000'] }),
    confirmedAt: isoDateTime(),
  })
)

/** An unsent warning to a replaced payout number, on the wire: numbers masked. */
export class PayoutNumberAlertTransformer {
  static toJSON(number: PayoutNumber): z.infer<typeof payoutNumberAlertSchema> {
    return {
      id: number.id,
      organisation: { id: number.organisationId, name: String(number.$extras.organisation_name) },
      phone: maskedPhone(number.phone)!,
      replacedPhone: maskedPhone(number.replacedPhone)!,
      confirmedAt: toIso(number.confirmedAt!),
    }
  }
}
