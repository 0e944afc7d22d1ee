import type Order from '#orders/models/order'
import type OrderEvent from '#orders/models/order_event'
import type ProofOfDelivery from '#orders/models/proof_of_delivery'
import type Dispute from '#orders/models/dispute'
import type { OrderAction } from '#orders/order_state_machine'

/** Content types of the images we store, by the extension UploadService gives their keys. */
const iso = (value: { toISO(): string | null } | null | undefined) => (value ? value.toISO() : null)

function place(order: Order, prefix: 'pickup' | 'dropoff') {
  return {
    lat: order[prefix].lat,
    lng: order[prefix].lng,
    address: order[`${prefix}Address`],
    contactName: order[`${prefix}ContactName`],
    contactPhone: order[`${prefix}ContactPhone`],
    windowStart: iso(order[`${prefix}WindowStart`]),
    windowEnd: iso(order[`${prefix}WindowEnd`]),
  }
}

/**
 * The Order as clients see it; `distanceM` only on the load board.
 * `allowedActions`: what the caller may do on it now (OrderAccessService).
 */
export default class OrderTransformer {
  static toJSON(order: Order, allowedActions: OrderAction[]) {
    const distance = order.$extras.distance_m
    return {
      id: order.id,
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
      assignedVehicleId: order.assignedVehicleId,
      carrierOrganisationId: order.carrierOrganisationId,
      acceptedBidId: order.acceptedBidId,
      cancelReason: order.cancelReason,
      postedAt: iso(order.postedAt),
      assignedAt: iso(order.assignedAt),
      pickedUpAt: iso(order.pickedUpAt),
      deliveredAt: iso(order.deliveredAt),
      completedAt: iso(order.completedAt),
      cancelledAt: iso(order.cancelledAt),
      createdAt: iso(order.createdAt),
      updatedAt: iso(order.updatedAt),
      allowedActions,
      ...(distance !== undefined ? { distanceM: Math.round(Number(distance)) } : {}),
    }
  }

  static page(
    paginator: {
      all(): Order[]
      total: number
      perPage: number
      currentPage: number
      lastPage: number
    },
    allowedActions: Map<number, OrderAction[]>
  ) {
    return {
      data: paginator
        .all()
        .map((order) => OrderTransformer.toJSON(order, allowedActions.get(order.id)!)),
      meta: {
        total: paginator.total,
        perPage: paginator.perPage,
        currentPage: paginator.currentPage,
        lastPage: paginator.lastPage,
      },
    }
  }

  static event(event: OrderEvent) {
    return {
      id: event.id,
      orderId: event.orderId,
      type: event.type,
      actorId: event.actorId,
      position: event.position,
      data: event.data,
      createdAt: iso(event.createdAt),
    }
  }

  /** Files are fetched from /proof-of-delivery/photo and /signature. */
  static proof(proof: ProofOfDelivery) {
    return {
      id: proof.id,
      orderId: proof.orderId,
      receiverName: proof.receiverName,
      receiverPhone: proof.receiverPhone,
      position: proof.position,
      deliveredAt: iso(proof.deliveredAt),
      submittedById: proof.submittedById,
      photoUrl: `/api/v1/orders/${proof.orderId}/proof-of-delivery/photo`,
      signatureUrl: `/api/v1/orders/${proof.orderId}/proof-of-delivery/signature`,
      createdAt: iso(proof.createdAt),
    }
  }

  static dispute(dispute: Dispute) {
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
      resolvedAt: iso(dispute.resolvedAt),
      createdAt: iso(dispute.createdAt),
    }
  }
}
