import { currencySchema } from '#core/contract/enums'
import type Dispute from '#orders/models/dispute'
import { DISPUTE_REASONS } from '#orders/models/dispute'
import { disputeDecisionSchema, disputeStatusSchema } from '#orders/transformers/order_transformer'
import { ORDER_STATUSES, PAYMENT_METHODS } from '#orders/models/order'
import { orderName } from '#orders/order_name'
import { id, isoDateTime, named, toIso, z } from '#core/contract/response_schema'

const minor = () => z.number().int().meta({ description: 'Minor units of the order’s currency' })
const person = () => z.object({ id: id(), name: z.string().nullable() })

export const disputeCaseSchema = named(
  'DisputeCase',
  z.object({
    id: id(),
    status: disputeStatusSchema,
    reason: z.enum(DISPUTE_REASONS),
    description: z.string(),
    evidence: z.array(
      z.object({
        url: z.string().meta({ examples: ['/api/v1/orders/12/dispute/evidence/0'] }),
        fileName: z.string(),
        contentType: z.string(),
        size: z.number().int(),
      })
    ),
    openedBy: person().nullable(),
    openedAt: isoDateTime(),
    decision: disputeDecisionSchema.nullable(),
    carrierAmount: minor()
      .nullable()
      .meta({ description: 'The carrier’s share before commission' }),
    refundAmount: minor().nullable(),
    resolutionNote: z.string().nullable(),
    resolvedBy: person().nullable(),
    resolvedAt: isoDateTime().nullable(),
    order: z.object({
      id: id(),
      name: z.string().meta({ description: 'How people name the load (Order.name)' }),
      status: z.enum(ORDER_STATUSES),
      currency: currencySchema,
      priceAmount: minor().nullable(),
      paymentMethod: z.enum(PAYMENT_METHODS),
      pickupAddress: z.string(),
      dropoffAddress: z.string(),
      deliveredAt: isoDateTime().nullable(),
      shipper: person(),
      carrier: person().nullable(),
    }),
  })
)

export const disputeCaseDetailsSchema = named(
  'DisputeCaseDetails',
  disputeCaseSchema.extend({
    held: minor().meta({ description: 'What escrow holds for the order now' }),
  })
)

/**
 * A dispute as the console shows it: the order it is about, both parties,
 * the evidence (downloadable at `url` with the bearer token) and, once
 * decided, who gets what. DisputeService loads the relations.
 */
export default class DisputeCaseTransformer {
  static toJSON(dispute: Dispute): z.infer<typeof disputeCaseSchema> {
    const order = dispute.order
    const who = (user: { id: number; name: string | null } | null) =>
      user ? { id: user.id, name: user.name } : null
    return {
      id: dispute.id,
      status: dispute.status,
      reason: dispute.reason,
      description: dispute.description,
      evidence: dispute.evidence.map((file, index) => ({
        url: `/api/v1/orders/${dispute.orderId}/dispute/evidence/${index}`,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
      })),
      openedBy: who(dispute.openedBy),
      openedAt: toIso(dispute.createdAt),
      decision: dispute.decision,
      carrierAmount: dispute.carrierAmount,
      refundAmount: dispute.refundAmount,
      resolutionNote: dispute.resolutionNote,
      resolvedBy: who(dispute.resolvedBy),
      resolvedAt: toIso(dispute.resolvedAt),
      order: {
        id: order.id,
        name: orderName(order),
        status: order.status,
        currency: order.currency,
        priceAmount: order.priceAmount,
        paymentMethod: order.paymentMethod,
        pickupAddress: order.pickupAddress,
        dropoffAddress: order.dropoffAddress,
        deliveredAt: toIso(order.deliveredAt),
        shipper: { id: order.shipper.id, name: order.shipper.name },
        carrier: order.carrierOrganisation
          ? { id: order.carrierOrganisation.id, name: order.carrierOrganisation.name }
          : null,
      },
    }
  }

  static details(dispute: Dispute, held: number): z.infer<typeof disputeCaseDetailsSchema> {
    return { ...DisputeCaseTransformer.toJSON(dispute), held }
  }
}
