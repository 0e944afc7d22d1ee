import { inject } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Order from '#orders/models/order'
import OrderEvent from '#orders/models/order_event'
import type { LatLng } from '#core/models/geo_point'
import RoomAccess from '#realtime/services/room_access'
import { withoutPreviousCrew } from '#orders/crew_periods'
import { rooms } from '#realtime/rooms'

export interface OrderEventInput {
  type: string
  /** The user who caused it; omit (null) for the system. */
  actorId?: number | null
  position?: LatLng | null
  data?: Record<string, unknown>
}

/** Payload of the `order:event` application event and of the socket event of that name in room `order:<id>`. */
export interface OrderEventMessage {
  orderId: number
  event: ReturnType<OrderEvent['serialize']>
}

declare module '@adonisjs/core/types' {
  interface EventsList {
    'order:event': OrderEventMessage
  }
}

/**
 * Writes a line of an order's timeline and announces it. Inside a transaction
 * the announcement waits for the commit, so nobody hears of an event that
 * was rolled back.
 */
@inject()
export default class OrderEventService {
  constructor(private roomAccess: RoomAccess) {}

  async record(order: Pick<Order, 'id'>, input: OrderEventInput, trx?: TransactionClientContract) {
    const event = await OrderEvent.create(
      {
        orderId: order.id,
        type: input.type,
        actorId: input.actorId ?? null,
        position: input.position ?? null,
        data: input.data ?? {},
      },
      { client: trx }
    )
    const message: OrderEventMessage = { orderId: order.id, event: event.serialize() }
    const announce = () => {
      // The room is reviewed first: a crew that this event removes never hears what follows.
      // A new crew may join the room before a reassignment naming the old one is emitted.
      const live = withoutPreviousCrew(
        message.event as { type: string; data: Record<string, unknown> }
      )
      void this.roomAccess.reviewThenEmit(rooms.order(order.id), 'order:event', live)
      void emitter.emit('order:event', message)
    }
    if (trx && !trx.isCompleted) trx.after('commit', announce)
    else announce()
    return event
  }
}
