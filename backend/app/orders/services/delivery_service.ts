import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import DomainException from '#core/exceptions/domain_exception'
import Order from '#orders/models/order'
import ProofOfDelivery from '#orders/models/proof_of_delivery'
import type User from '#accounts/models/user'
import type { LatLng } from '#core/models/geo_point'
import { partiesOf } from '#orders/order_parties'
import ordersConfig from '#config/orders'
import { assertAllowed, DRIVER_STATUS_MOVES } from '#orders/order_state_machine'
import OrderAccessService from '#orders/services/order_access_service'
import OrderEventService from '#orders/services/order_event_service'
import OrderTransitionService from '#orders/services/order_transition_service'
import UploadService, { type StoredFile } from '#core/services/upload_service'

export interface ProofInput {
  photo: MultipartFile
  signature: MultipartFile
  receiverName: string
  receiverPhone: string
  lat?: number
  lng?: number
  deliveredAt?: Date
}

const CLOCK_SKEW_MS = 2 * 60_000

/**
 * Execution: the driver's moves, proof of delivery, the shipper's
 * confirmation and the automatic completion of unanswered deliveries.
 */
@inject()
export default class DeliveryService {
  constructor(
    private access: OrderAccessService,
    private transitions: OrderTransitionService,
    private events: OrderEventService,
    private uploads: UploadService
  ) {}

  /** pickup_pending → picked_up (optional cargo photo) → in_transit → delivered. */
  async move(
    order: Order,
    user: User,
    input: { status: keyof typeof DRIVER_STATUS_MOVES; position?: LatLng; photo?: MultipartFile }
  ) {
    if (input.photo && input.status !== 'picked_up') {
      throw new DomainException('A cargo photo goes with picked_up only.', {
        status: 422,
        code: 'E_VALIDATION',
        field: 'photo',
      })
    }
    const name = DRIVER_STATUS_MOVES[input.status]
    return this.withStoredFiles(async (store) => {
      return db.transaction(async (trx) => {
        const locked = await this.transitions.lock(order.id, trx)
        const actor = await this.access.actorOf(user, trx)
        const parties = partiesOf(actor, locked)
        const known = await this.access.factsOf(actor, [locked], trx)
        const facts = known.get(locked.id)
        assertAllowed(locked, name, parties, facts)
        const photo = input.photo
          ? await store(input.photo, { folder: `orders/${locked.id}/cargo`, field: 'photo' })
          : null
        await this.transitions.apply(
          locked,
          name,
          {
            actorId: user.id,
            as: parties,
            facts,
            position: input.position,
            data: photo ? { cargoPhoto: true } : {},
            changes: photo ? { cargoPhotos: [...locked.cargoPhotos, photo.key] } : {},
          },
          trx
        )
        return locked
      })
    })
  }

  /**
   * Photo, signature, receiver, where and when. In transit it also marks the
   * order delivered; once delivered it can be added if it was missing.
   */
  async submitProof(order: Order, user: User, input: ProofInput) {
    const deliveredAt = input.deliveredAt ? DateTime.fromJSDate(input.deliveredAt) : DateTime.now()
    if (deliveredAt.toMillis() > Date.now() + CLOCK_SKEW_MS) {
      throw new DomainException('deliveredAt is in the future.', {
        status: 422,
        code: 'E_VALIDATION',
        field: 'deliveredAt',
      })
    }
    const position =
      input.lat !== undefined && input.lng !== undefined ? { lat: input.lat, lng: input.lng } : null
    return this.withStoredFiles(async (store) => {
      return db.transaction(async (trx) => {
        const locked = await this.transitions.lock(order.id, trx)
        const actor = await this.access.actorOf(user, trx)
        const parties = partiesOf(actor, locked)
        const facts = await this.access.factsOf(actor, [locked], trx)
        assertAllowed(locked, 'submitProof', parties, facts.get(locked.id))
        const folder = `orders/${locked.id}/pod`
        const photo = await store(input.photo, { folder, field: 'photo' })
        const signature = await store(input.signature, { folder, field: 'signature' })
        const proof = await ProofOfDelivery.create(
          {
            orderId: locked.id,
            submittedById: user.id,
            photoKey: photo.key,
            signatureKey: signature.key,
            receiverName: input.receiverName,
            receiverPhone: input.receiverPhone,
            position,
            deliveredAt,
          },
          { client: trx }
        )
        const data = { proofOfDeliveryId: proof.id, receiverName: input.receiverName }
        if (locked.status === 'in_transit') {
          await this.transitions.apply(
            locked,
            'deliver',
            { actorId: user.id, as: parties, position, data },
            trx
          )
        } else {
          await this.events.record(
            locked,
            { type: 'proof_of_delivery', actorId: user.id, position, data },
            trx
          )
        }
        return { order: locked, proof }
      })
    })
  }

  async proofOf(order: Order) {
    const proof = await ProofOfDelivery.findBy('order_id', order.id)
    if (!proof) {
      throw DomainException.notFound(
        'Proof of delivery',
        'This order has no proof of delivery yet.'
      )
    }
    return proof
  }

  /** delivered → completed by the shipper. */
  async confirm(order: Order, user: User) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      await this.transitions.apply(
        locked,
        'confirmDelivery',
        { actorId: user.id, as: await this.access.partiesOf(user, locked, trx) },
        trx
      )
      return locked
    })
  }

  /**
   * Completes delivered orders that have a proof of delivery and no answer
   * from the shipper after `afterHours`. Safe to run from several workers:
   * rows taken by another run are skipped. Returns the completed order ids.
   */
  async autoComplete(afterHours = ordersConfig.autoCompleteAfterHours, now = DateTime.now()) {
    const cutoff = now.minus({ hours: afterHours }).toJSDate()
    const due = await db
      .from('orders')
      .join('proofs_of_delivery as pod', 'pod.order_id', 'orders.id')
      .where('orders.status', 'delivered')
      .whereRaw('GREATEST(orders.delivered_at, pod.created_at) <= ?', [cutoff])
      .select('orders.id')
      .orderBy('orders.id')
    const completed: number[] = []
    for (const { id } of due) {
      const done = await db.transaction(async (trx) => {
        const locked = await Order.query({ client: trx })
          .where('orders.id', id)
          .where('status', 'delivered')
          .forUpdate()
          .skipLocked()
          .first()
        if (!locked) return false
        await this.transitions.apply(
          locked,
          'autoComplete',
          { actorId: null, as: ['system'], data: { afterHours } },
          trx
        )
        return true
      })
      if (done) completed.push(id)
    }
    return completed
  }

  /** Files stored during `work` are removed again if it fails. */
  private async withStoredFiles<T>(
    work: (
      store: (
        file: MultipartFile,
        options: { folder: string; field: string }
      ) => Promise<StoredFile>
    ) => Promise<T>
  ) {
    const stored: StoredFile[] = []
    const store = async (file: MultipartFile, options: { folder: string; field: string }) => {
      const saved = await this.uploads.store(file, {
        ...options,
        mimeTypes: ordersConfig.uploads.imageMimeTypes,
      })
      stored.push(saved)
      return saved
    }
    try {
      return await work(store)
    } catch (error) {
      await Promise.all(stored.map((file) => this.uploads.remove(file.key)))
      throw error
    }
  }
}
