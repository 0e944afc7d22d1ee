import { currencySchema } from '#core/contract/enums'
import type { Earnings } from '#money/services/earnings_service'
import { id, isoDateTime, named, z } from '#core/contract/response_schema'
import type { Locale } from '#core/locales'
import { PAYOUT_STATUSES } from '#money/models/payout'
import { payoutFailureMessage } from '#money/payout_texts'

export const earningsSchema = named(
  'Earnings',
  z.object({
    balances: z.array(
      z.object({
        currency: currencySchema,
        payable: z.number().int().meta({ description: 'Owed to the carrier (minor units)' }),
        payingOut: z.number().int().meta({ description: 'Sent, result not known yet' }),
        cashCommissionOwed: z
          .number()
          .int()
          .meta({ description: 'Commission the carrier owes on cash it collected' }),
      })
    ),
    lines: z.array(
      z.object({
        orderId: id(),
        orderName: z.string().meta({
          description: 'The order by cargo and places (Order.name)',
          examples: ['maize · Industrial Area, Nairobi → Mombasa'],
        }),
        settledAt: isoDateTime(),
        carrierOrganisationId: id(),
        method: z.enum(['mobile_money', 'cash']),
        currency: currencySchema,
        gross: z.number().int(),
        commission: z.number().int(),
        net: z.number().int(),
        payout: z
          .object({
            id: id(),
            status: z.enum(PAYOUT_STATUSES),
            receipt: z.string().nullable(),
            failureMessage: z.string().nullable().meta({ description: 'In the reader’s language' }),
          })
          .nullable()
          .meta({ description: 'The payout of the net (none for cash orders)' }),
      })
    ),
  })
)

/** A carrier's earnings on the wire: balances per currency, one line per settled order. */
export default class EarningsTransformer {
  static toJSON(earnings: Earnings, locale: Locale): z.infer<typeof earningsSchema> {
    return {
      balances: earnings.balances,
      lines: earnings.lines.map((line) => ({
        orderId: line.orderId,
        orderName: line.orderName,
        settledAt: line.settledAt,
        carrierOrganisationId: line.carrierOrganisationId,
        method: line.method,
        currency: line.currency,
        gross: line.gross,
        commission: line.commission,
        net: line.net,
        payout: line.payout && {
          id: line.payout.id,
          status: line.payout.status,
          receipt: line.payout.providerReceipt,
          failureMessage: line.payout.failureReason
            ? payoutFailureMessage(line.payout.failureReason, locale)
            : null,
        },
      })),
    }
  }
}
