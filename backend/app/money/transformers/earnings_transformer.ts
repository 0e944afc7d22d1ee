import type { Earnings } from '#money/services/earnings_service'
import { id, isoDateTime, named, z } from '#core/contract/response_schema'

export const earningsSchema = named(
  'Earnings',
  z.object({
    balances: z.array(
      z.object({
        currency: z.string(),
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
        settledAt: isoDateTime(),
        carrierOrganisationId: id(),
        method: z.enum(['mobile_money', 'cash']),
        currency: z.string(),
        gross: z.number().int(),
        commission: z.number().int(),
        net: z.number().int(),
      })
    ),
  })
)

/** A carrier's earnings on the wire: balances per currency, one line per settled order. */
export default class EarningsTransformer {
  static toJSON(earnings: Earnings): z.infer<typeof earningsSchema> {
    return {
      balances: earnings.balances,
      lines: earnings.lines.map((line) => ({
        orderId: line.orderId,
        settledAt: line.settledAt,
        carrierOrganisationId: line.carrierOrganisationId,
        method: line.method,
        currency: line.currency,
        gross: line.gross,
        commission: line.commission,
        net: line.net,
      })),
    }
  }
}
