import { DateTime } from 'luxon'
import Organisation from '#accounts/models/organisation'
import User from '#accounts/models/user'
import OrganisationInvitation from '#accounts/models/organisation_invitation'
import { runsOrganisation } from '#accounts/membership_rules'
import Order from '#orders/models/order'
import { orderName, orderNameOf } from '#orders/order_name'
import Bid from '#orders/models/bid'
import type { OrderEventMessage } from '#orders/services/order_event_service'
import FleetDocument from '#fleet/models/fleet_document'
import ChatMessage from '#chat/models/chat_message'
import type { MoneyEvents } from '#money/money_events'
import ChatService from '#chat/services/chat_service'
import { inject } from '@adonisjs/core'
import type { NotificationKind } from '#notifications/notification_kinds'
import type { TextParams } from '#notifications/notification_texts'

/** "Tell this person this": what an event becomes, one per recipient. */
export interface NotificationIntent {
  userId: number
  kind: NotificationKind
  /** The event's key: one event never notifies the same person twice. */
  eventKey: string
  orderId?: number | null
  params: TextParams
  /** Events of one burst (bids on one order) share it and are told together. */
  groupKey?: string
}

/** What an order event of each type says, and to whom. */
type Audience = 'shipper' | 'driver' | 'carrier' | 'admins' | 'bidders'

const ORDER_EVENTS: Record<
  string,
  { kind: NotificationKind; to: Audience[]; when?: (data: Record<string, unknown>) => boolean }[]
> = {
  // The first bid also opens the bidding: the event is `bidding`, with the bid.
  bidding: [{ kind: 'bid_placed', to: ['shipper'], when: (data) => 'bidId' in data }],
  bid_placed: [{ kind: 'bid_placed', to: ['shipper'] }],
  // The driver's "Arrived at pickup" is what the shipper hears; the pickup geofence alone says
  // nothing more (it would tell the same arrival twice).
  pickup_pending: [{ kind: 'driver_arrived', to: ['shipper'] }],
  arrived_dropoff: [{ kind: 'driver_arrived', to: ['shipper'] }],
  picked_up: [{ kind: 'picked_up', to: ['shipper'] }],
  // Delivered with its proof (one move), or the proof after a delivery without one.
  delivered: [{ kind: 'delivered', to: ['shipper'], when: (data) => 'proofOfDeliveryId' in data }],
  proof_of_delivery: [{ kind: 'delivered', to: ['shipper'] }],
  completed: [{ kind: 'order_completed', to: ['driver', 'carrier'] }],
  auto_completed: [{ kind: 'order_completed', to: ['driver', 'carrier'] }],
  // A dispute decided for the shipper cancels the order: the parties hear of the decision.
  cancelled: [
    {
      kind: 'order_cancelled',
      to: ['shipper', 'driver', 'carrier', 'bidders'],
      when: (data) => !('decision' in data),
    },
    {
      kind: 'dispute_resolved',
      to: ['shipper', 'driver', 'carrier'],
      when: (data) => 'decision' in data,
    },
  ],
  disputed: [{ kind: 'order_disputed', to: ['driver', 'carrier', 'admins'] }],
  resolved: [{ kind: 'dispute_resolved', to: ['shipper', 'driver', 'carrier'] }],
}

/** The order event types anyone is told of; the rest (created, cargo photos, ...) are not. */
export const NOTIFYING_ORDER_EVENTS: ReadonlySet<string> = new Set([
  ...Object.keys(ORDER_EVENTS),
  'assigned',
  'reassigned',
  'unassigned',
])

/** Bids closed by the same move as the event (assignment, cancellation). */
const SAME_MOVE_SECONDS = 10

/**
 * Who hears of what: the one place that turns a business event into
 * notifications, one per recipient. The facts of the event (who was
 * assigned, whose bid) come from the event itself; who belongs to an
 * organisation is read now, so someone who left it is not told. The person
 * who caused the event is never told of it.
 */
@inject()
export default class RecipientService {
  constructor(private chat: ChatService) {}

  /**
   * A chat message: the participants who have not read it by now (on the
   * shipper side, who posted the order), never its sender.
   */
  async forChatMessage(orderId: number, messageId: number): Promise<NotificationIntent[]> {
    const message = await ChatMessage.query().where('id', messageId).preload('sender').first()
    const order = await Order.find(orderId)
    if (!message || !order) return []
    const intents: NotificationIntent[] = []
    for (const userId of await this.chat.participants(order, false)) {
      if (userId === message.senderId) continue
      if ((await this.chat.readUpTo(orderId, userId)) >= message.id) continue
      intents.push({
        userId,
        kind: 'chat_message',
        eventKey: `chat:${message.id}`,
        orderId,
        groupKey: `chat:order:${orderId}`,
        params: {
          orderId,
          order: orderName(order),
          sender: message.sender.name ?? '',
          attachment: message.kind,
          preview: (message.body ?? '').slice(0, 60),
        },
      })
    }
    return intents
  }

  async forOrderEvent({ orderId, event }: OrderEventMessage): Promise<NotificationIntent[]> {
    const order = await Order.find(orderId)
    if (!order) return []
    const data = (event.data ?? {}) as Record<string, unknown>
    const eventKey = `order-event:${event.id}`
    const at = DateTime.fromISO(String(event.createdAt))
    const intents: NotificationIntent[] = []
    const add = (
      userIds: (number | null | undefined)[],
      kind: NotificationKind,
      params: TextParams,
      groupKey?: string
    ) => {
      for (const userId of new Set(userIds)) {
        if (!userId || userId === event.actorId) continue
        intents.push({
          userId,
          kind,
          eventKey,
          orderId,
          params: { orderId, order: orderName(order), ...params },
          groupKey,
        })
      }
    }

    if (event.type === 'assigned' || event.type === 'reassigned') {
      await this.#assignment(order, data, add, at)
      if (event.type === 'reassigned') {
        add([numberOr(data.previousDriverId)], 'order_unassigned', {})
      }
      return intents
    }
    if (event.type === 'unassigned') {
      add([numberOr(data.driverId)], 'order_unassigned', {})
      if (data.suspended === true) {
        const runners = await this.runnersOf(numberOr(data.carrierOrganisationId))
        add([order.shipperId, ...runners], 'order_released', {})
      }
      return intents
    }

    for (const rule of ORDER_EVENTS[event.type] ?? []) {
      if (rule.when && !rule.when(data)) continue
      const params: TextParams = {}
      let groupKey: string | undefined
      if (rule.kind === 'bid_placed') {
        const bid = await Bid.query()
          .where('id', numberOr(data.bidId) ?? 0)
          .preload('carrierOrganisation')
          .first()
        if (!bid) continue
        params.carrier = bid.carrierOrganisation.name
        params.amount = { minor: Number(bid.amount), currency: bid.currency }
        groupKey = `bid_placed:order:${order.id}`
      }
      if (rule.kind === 'dispute_resolved') {
        const currency = String(data.currency)
        params.decision = typeof data.decision === 'string' ? data.decision : 'none'
        params.paid = { minor: Number(data.carrierAmount ?? 0), currency }
        params.refunded = { minor: Number(data.refundAmount ?? 0), currency }
      }
      if (rule.kind === 'driver_arrived')
        params.stop = event.type === 'arrived_dropoff' ? 'dropoff' : 'pickup'
      const users: (number | null)[] = []
      for (const audience of rule.to) users.push(...(await this.#audience(audience, order, at)))
      add(users, rule.kind, params, groupKey)
    }
    return intents
  }

  /**
   * Money's results: a payment or a refund to the shipper who paid
   * (critical), a payout to whoever runs the carrier paid (critical).
   */
  async forMoney<Name extends keyof MoneyEvents>(event: {
    name: Name
    payload: MoneyEvents[Name]
  }): Promise<NotificationIntent[]> {
    const p = event.payload as Partial<MoneyEvents[keyof MoneyEvents]> & Record<string, unknown>
    const amount = { minor: Number(p.amount), currency: String(p.currency) }
    const reason = typeof p.reason === 'string' ? p.reason : undefined
    if (event.name === 'money:payment_received' || event.name === 'money:payment_failed') {
      const received = event.name === 'money:payment_received'
      const orderId = Number(p.orderId)
      const order = await orderNameOf(orderId)
      return [
        {
          userId: Number(p.userId),
          kind: received ? 'payment_received' : 'payment_failed',
          eventKey: `payment:${p.paymentId}:${received ? 'received' : 'failed'}`,
          orderId,
          params: { orderId, order, amount, reason },
        },
      ]
    }
    if (event.name === 'money:refund_sent' || event.name === 'money:refund_reversed') {
      const orderId = Number(p.orderId)
      const order = await orderNameOf(orderId)
      const sent = event.name === 'money:refund_sent'
      return [
        {
          userId: Number(p.userId),
          kind: sent ? 'refund_sent' : 'refund_reversed',
          eventKey: `refund:${p.payoutId}:${sent ? 'sent' : 'reversed'}`,
          orderId,
          params: { orderId, order, amount },
        },
      ]
    }
    if (event.name === 'money:payout_reversed') {
      const carrier = await Organisation.find(Number(p.organisationId))
      if (!carrier) return []
      const runners = await this.runnersOf(carrier.id)
      return runners.map((userId): NotificationIntent => ({
        userId,
        kind: 'payout_reversed',
        eventKey: `payout:${p.payoutId}:reversed`,
        params: { amount, carrier: carrier.name, provider: String(p.provider ?? '') },
      }))
    }
    const sent = event.name === 'money:payout_sent'
    const carrier = await Organisation.find(Number(p.organisationId))
    if (!carrier) return []
    const runners = await this.runnersOf(carrier.id)
    return runners.map((userId): NotificationIntent => ({
      userId,
      kind: sent ? 'payout_sent' : 'payout_failed',
      // A payout is sent once, but each try can fail (and an unknown outcome can fail again for good).
      eventKey: sent
        ? `payout:${p.payoutId}:sent`
        : `payout:${p.payoutId}:${Number(p.attempt ?? 1)}:failed:${String(p.reason ?? '')}`,
      params: { amount, carrier: carrier.name, provider: String(p.provider ?? '') },
    }))
  }

  /** A paper reviewed by an admin: its driver, or whoever runs the vehicle's carrier. */
  /** An invitation to join an organisation, told to the invitee while it waits for their answer. */
  async forInvitation(invitationId: number): Promise<NotificationIntent[]> {
    const invitation = await OrganisationInvitation.query()
      .where('id', invitationId)
      .preload('organisation')
      .first()
    if (!invitation || invitation.currentStatus !== 'pending') return []
    return [
      {
        userId: invitation.userId,
        kind: 'organisation_invitation',
        eventKey: `invitation:${invitation.id}`,
        params: { organisation: invitation.organisation.name, role: invitation.role },
      },
    ]
  }

  async forDocument(documentId: number, status: 'verified' | 'rejected') {
    const document = await FleetDocument.find(documentId)
    if (!document) return []
    const kind: NotificationKind = status === 'verified' ? 'paper_verified' : 'paper_rejected'
    return this.#aboutDocument(document, kind, `paper:${document.id}:${status}`, {
      reason: document.rejectionReason ?? '',
    })
  }

  /** A paper inside the `band` (30, 7, 1 days) with `days` left: told once per paper and band. */
  async forExpiringDocument(document: FleetDocument, band: number, days: number) {
    return this.#aboutDocument(
      document,
      'paper_expiring',
      `paper:${document.id}:${document.expiresOn.toISODate()}:within:${band}`,
      { days }
    )
  }

  async #aboutDocument(
    document: FleetDocument,
    kind: NotificationKind,
    eventKey: string,
    extra: TextParams
  ) {
    const params: TextParams = { paper: document.kind, number: document.number, ...extra }
    const userIds = document.driverId
      ? [document.driverId]
      : document.organisationId
        ? await this.runnersOf(document.organisationId)
        : []
    return userIds.map((userId): NotificationIntent => ({ userId, kind, eventKey, params }))
  }

  /** The owner and dispatchers of an organisation, as accounts' one rule has it. */
  async runnersOf(organisationId: number | null): Promise<number[]> {
    if (!organisationId) return []
    const organisation = await Organisation.find(organisationId)
    if (!organisation) return []
    const members = await User.query().where('organisation_id', organisationId)
    return members.filter((user) => runsOrganisation(user, organisation)).map((user) => user.id)
  }

  async #assignment(order: Order, data: Record<string, unknown>, add: Adder, at: DateTime) {
    const driverId = numberOr(data.driverId)
    const driver = driverId ? await User.find(driverId) : null
    const bidId = numberOr(data.bidId)
    const bid = bidId ? await Bid.find(bidId) : null
    const carrierId = bid?.carrierOrganisationId ?? order.carrierOrganisationId
    const runners = await this.runnersOf(carrierId)

    add([driverId], 'job_assigned', { pickup: order.pickupAddress })
    if (bid) {
      const amount = { minor: Number(bid.amount), currency: bid.currency }
      add(
        [bid.bidderId, ...runners].filter((id) => id !== driverId),
        'bid_accepted',
        { amount }
      )
    } else {
      add(
        runners.filter((id) => id !== driverId),
        'order_assigned',
        { driver: driver?.name ?? '' }
      )
    }
    add(await this.#closedBidders(order, at), 'bid_rejected', {})
  }

  async #audience(audience: Audience, order: Order, at: DateTime): Promise<(number | null)[]> {
    switch (audience) {
      case 'shipper':
        return [order.shipperId]
      case 'driver':
        return [order.assignedDriverId]
      case 'carrier':
        return this.runnersOf(order.carrierOrganisationId)
      case 'admins': {
        const admins = await User.query().where('role', 'admin').select('id')
        return admins.map((user) => user.id)
      }
      case 'bidders':
        return this.#closedBidders(order, at)
    }
  }

  /** The bidders whose bids the move closed (rejected with it). */
  async #closedBidders(order: Order, at: DateTime) {
    const since = (at.isValid ? at : DateTime.now()).minus({ seconds: SAME_MOVE_SECONDS })
    const bids = await Bid.query()
      .where('order_id', order.id)
      .where('status', 'rejected')
      .where('decided_at', '>=', since.toJSDate())
    return bids.map((bid) => bid.bidderId)
  }
}

type Adder = (
  userIds: (number | null | undefined)[],
  kind: NotificationKind,
  params: TextParams
) => void

function numberOr(value: unknown): number | null {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : null
}
