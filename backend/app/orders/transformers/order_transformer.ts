import { currencySchema } from '#core/contract/enums'
import type Order from '#orders/models/order'
import type OrderEvent from '#orders/models/order_event'
import type ProofOfDelivery from '#orders/models/proof_of_delivery'
import type Dispute from '#orders/models/dispute'
import { ORDER_STATUSES, PAYMENT_METHODS } from '#orders/models/order'
import { DISPUTE_DECISIONS, DISPUTE_REASONS, DISPUTE_STATUSES } from '#orders/models/dispute'
import { orderName } from '#orders/order_name'
import type { PriceSplit } from '#orders/services/order_payments'
import { priceSplitSchema } from '#orders/transformers/bid_transformer'
import { DRIVER_STATUS_MOVES, USER_ACTIONS, type OrderAction } from '#orders/order_state_machine'
import {
  id,
  isoDateTime,
  latLngSchema,
  named,
  paginate,
  toIso,
  z,
} from '#core/contract/response_schema'

export const orderStatusSchema = named(
  'OrderStatus',
  z.enum(ORDER_STATUSES).meta({ description: 'Lower-case wire value of the lifecycle state' })
)

export const orderActionSchema = named(
  'OrderAction',
  z.enum(USER_ACTIONS).meta({
    description: [
      'Something the caller may do on an order, each a route under /api/v1/orders/{id}:',
      'edit: PATCH; post: POST /post; addCargoPhoto: POST /cargo-photos; cancel: POST /cancel;',
      'bid: POST /bids, or PATCH and DELETE /bids/{bidId} for the carrier’s open bid;',
      'acceptBid: POST /accept-bid; assign and reassign: POST /assign (and GET /suggestions); unassign: POST /unassign;',
      `${Object.entries(DRIVER_STATUS_MOVES)
        .map(([status, move]) => `${move}: POST /status {"status":"${status}"}`)
        .join('; ')};`,
      'submitProof: POST /proof-of-delivery; confirmDelivery: POST /confirm-delivery; dispute: POST /dispute;',
      'resolveDispute and cancelDispute: POST /admin/disputes/{disputeId}/decision (a full refund cancels the order); rate: POST /rate.',
    ].join(' '),
  })
)

const placeSchema = named(
  'OrderPlace',
  latLngSchema.extend({
    address: z.string(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable().meta({ description: 'E.164' }),
    windowStart: isoDateTime().nullable(),
    windowEnd: isoDateTime().nullable(),
  })
)

export const orderSchema = named(
  'Order',
  z.object({
    id: id(),
    name: z.string().meta({
      description: 'How people name the load: cargo and places, never the id',
      examples: ['maize · Industrial Area, Nairobi → Mombasa'],
    }),
    status: orderStatusSchema,
    shipperId: id(),
    shipperOrganisationId: id().nullable(),
    pickup: placeSchema,
    dropoff: placeSchema,
    cargo: z.object({
      kind: z.string().meta({ examples: ['maize'] }),
      weightKg: z.number().int(),
      volumeM3: z.number().nullable(),
      count: z.number().int().nullable(),
      fragile: z.boolean(),
      refrigerated: z.boolean(),
      photoCount: z
        .number()
        .int()
        .meta({ description: 'Cargo photos (shipper, or driver at pickup)' }),
      photoUrls: z.array(z.string()).meta({ description: 'GET each for the image' }),
    }),
    requiredVehicleTypeId: id().nullable(),
    priceAmount: z.number().int().nullable().meta({
      description: "Minor units; the accepted bid's amount once assigned by bid",
    }),
    currency: currencySchema,
    openToBids: z.boolean(),
    paymentMethod: z.enum(PAYMENT_METHODS),
    notes: z.string().nullable(),
    assignedDriverId: id().nullable(),
    assignedDriverName: z.string().nullable().meta({
      description:
        'The assigned driver’s name, for people reading the order (null: no driver, or not named yet)',
    }),
    assignedDriverPhotoUrl: z.string().nullable().meta({
      description:
        'GET it for the assigned driver’s photo (the crew rule of GET /orders/:id/crew); null: no driver or no photo',
    }),
    assignedVehicleId: id().nullable(),
    carrierOrganisationId: id().nullable(),
    acceptedBidId: id().nullable(),
    cancelReason: z.string().nullable(),
    postedAt: isoDateTime().nullable(),
    assignedAt: isoDateTime().nullable(),
    pickedUpAt: isoDateTime().nullable(),
    deliveredAt: isoDateTime().nullable(),
    completedAt: isoDateTime().nullable(),
    cancelledAt: isoDateTime().nullable(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    split: priceSplitSchema.nullable().meta({
      description:
        'The price split by the platform’s commission (what the shipper pays, the commission, what the carrier nets): at the rate fixed on the order once a carrier has it, else at the rate of its country now; null while there is no price',
    }),
    allowedActions: z.array(orderActionSchema).meta({
      description:
        'What the caller may do on this order now, given its state, the caller’s side and the facts that decide (a proof already given, a rating already left, a price for a carrier taking it): the same rules the routes apply (app/orders/order_state_machine.ts). Show buttons from this, not from the status.',
    }),
    distanceM: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Load board only: metres from `near` to the pickup (PostGIS)' }),
  })
)

export const orderEventSchema = named(
  'OrderEvent',
  z.object({
    id: id(),
    orderId: id(),
    type: z.string().meta({
      description:
        'A transition (created, posted, bidding, assigned, reassigned, unassigned, pickup_pending, picked_up, in_transit, delivered, completed, auto_completed, cancelled, disputed, resolved), a bid fact (bid_placed, bid_withdrawn), proof_of_delivery, or a tracking fact (arrived_pickup, …)',
    }),
    actorId: id().nullable().meta({ description: 'null: the system' }),
    position: latLngSchema.nullable(),
    data: z
      .record(z.string(), z.unknown())
      .meta({ description: 'from/to states and details (reason, bidId, driverId, …)' }),
    createdAt: isoDateTime(),
  })
)

export const proofOfDeliverySchema = named(
  'ProofOfDelivery',
  z.object({
    id: id(),
    orderId: id(),
    receiverName: z.string(),
    receiverPhone: z.string().meta({ description: 'E.164' }),
    position: latLngSchema.nullable(),
    deliveredAt: isoDateTime(),
    submittedById: id().nullable(),
    photoUrl: z.string(),
    signatureUrl: z.string(),
    createdAt: isoDateTime(),
  })
)

export const disputeStatusSchema = named('DisputeStatus', z.enum(DISPUTE_STATUSES))
export const disputeDecisionSchema = named('DisputeDecision', z.enum(DISPUTE_DECISIONS))

export const disputeSchema = named(
  'Dispute',
  z.object({
    id: id(),
    orderId: id(),
    status: disputeStatusSchema,
    reason: z.enum(DISPUTE_REASONS),
    description: z.string(),
    evidence: z.array(
      z.object({
        url: z.string().meta({
          description: 'Download (GET, authenticated)',
          examples: ['/api/v1/orders/12/dispute/evidence/0'],
        }),
        fileName: z.string(),
        contentType: z.string(),
        size: z.number().int(),
      })
    ),
    openedById: id().nullable(),
    decision: disputeDecisionSchema.nullable(),
    carrierAmount: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The carrier’s share before commission, minor units' }),
    refundAmount: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Refunded to the shipper, minor units' }),
    resolutionNote: z.string().nullable(),
    resolvedById: id().nullable(),
    resolvedAt: isoDateTime().nullable(),
    createdAt: isoDateTime(),
  })
)

export type OrderJson = z.infer<typeof orderSchema>
export type OrderEventJson = z.infer<typeof orderEventSchema>

function place(order: Order, prefix: 'pickup' | 'dropoff'): z.infer<typeof placeSchema> {
  return {
    lat: order[prefix].lat,
    lng: order[prefix].lng,
    address: order[`${prefix}Address`],
    contactName: order[`${prefix}ContactName`],
    contactPhone: order[`${prefix}ContactPhone`],
    windowStart: toIso(order[`${prefix}WindowStart`]),
    windowEnd: toIso(order[`${prefix}WindowEnd`]),
  }
}

/**
 * The Order as clients see it; `distanceM` only on the load board.
 * `allowedActions`: what the caller may do on it now (OrderAccessService).
 */
export default class OrderTransformer {
  static toJSON(order: Order, allowedActions: OrderAction[], split: PriceSplit | null): OrderJson {
    const distance = order.$extras.distance_m
    return {
      id: order.id,
      name: orderName(order),
      status: order.status,
      shipperId: order.shipperId,
      shipperOrganisationId: order.shipperOrganisationId,
      pickup: place(order, 'pickup'),
      dropoff: place(order, 'dropoff'),
      cargo: {
        kind: order.cargoKind,
        weightKg: order.cargoWeightKg,
        volumeM3: order.cargoVolumeM3,
        count: order.cargoCount,
        fragile: order.cargoFragile,
        refrigerated: order.cargoRefrigerated,
        photoCount: order.cargoPhotos.length,
        photoUrls: order.cargoPhotos.map(
          (_, index) => `/api/v1/orders/${order.id}/cargo-photos/${index}`
        ),
      },
      requiredVehicleTypeId: order.requiredVehicleTypeId,
      priceAmount: order.priceAmount,
      currency: order.currency,
      openToBids: order.openToBids,
      paymentMethod: order.paymentMethod,
      notes: order.notes,
      assignedDriverId: order.assignedDriverId,
      assignedDriverName: order.assignedDriverId ? (order.assignedDriver?.name ?? null) : null,
      assignedDriverPhotoUrl:
        order.assignedDriverId && order.assignedDriver?.photoKey
          ? `/api/v1/orders/${order.id}/crew/photo`
          : null,
      assignedVehicleId: order.assignedVehicleId,
      carrierOrganisationId: order.carrierOrganisationId,
      acceptedBidId: order.acceptedBidId,
      cancelReason: order.cancelReason,
      postedAt: toIso(order.postedAt),
      assignedAt: toIso(order.assignedAt),
      pickedUpAt: toIso(order.pickedUpAt),
      deliveredAt: toIso(order.deliveredAt),
      completedAt: toIso(order.completedAt),
      cancelledAt: toIso(order.cancelledAt),
      createdAt: toIso(order.createdAt),
      updatedAt: toIso(order.updatedAt),
      split,
      allowedActions,
      ...(distance !== undefined ? { distanceM: Math.round(Number(distance)) } : {}),
    }
  }

  static page(
    paginator: Parameters<typeof paginate<Order, OrderJson>>[0],
    allowedActions: Map<number, OrderAction[]>,
    splitOf: (order: Order) => PriceSplit | null
  ) {
    return paginate(paginator, (order) =>
      OrderTransformer.toJSON(order, allowedActions.get(order.id)!, splitOf(order))
    )
  }

  static event(event: OrderEvent): OrderEventJson {
    return {
      id: event.id,
      orderId: event.orderId,
      type: event.type,
      actorId: event.actorId,
      position: event.position,
      data: event.data,
      createdAt: toIso(event.createdAt),
    }
  }

  /** Files are fetched from /proof-of-delivery/photo and /signature. */
  static proof(proof: ProofOfDelivery): z.infer<typeof proofOfDeliverySchema> {
    return {
      id: proof.id,
      orderId: proof.orderId,
      receiverName: proof.receiverName,
      receiverPhone: proof.receiverPhone,
      position: proof.position,
      deliveredAt: toIso(proof.deliveredAt),
      submittedById: proof.submittedById,
      photoUrl: `/api/v1/orders/${proof.orderId}/proof-of-delivery/photo`,
      signatureUrl: `/api/v1/orders/${proof.orderId}/proof-of-delivery/signature`,
      createdAt: toIso(proof.createdAt),
    }
  }

  static dispute(dispute: Dispute): z.infer<typeof disputeSchema> {
    return {
      id: dispute.id,
      orderId: dispute.orderId,
      status: dispute.status,
      reason: dispute.reason,
      description: dispute.description,
      evidence: dispute.evidence.map((file, index) => ({
        url: `/api/v1/orders/${dispute.orderId}/dispute/evidence/${index}`,
        fileName: file.fileName,
        contentType: file.contentType,
        size: file.size,
      })),
      openedById: dispute.openedById,
      decision: dispute.decision,
      carrierAmount: dispute.carrierAmount,
      refundAmount: dispute.refundAmount,
      resolutionNote: dispute.resolutionNote,
      resolvedById: dispute.resolvedById,
      resolvedAt: toIso(dispute.resolvedAt),
      createdAt: toIso(dispute.createdAt),
    }
  }
}
