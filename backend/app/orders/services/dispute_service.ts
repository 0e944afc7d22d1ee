import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import DomainException from '#core/exceptions/domain_exception'
import Dispute, { type DisputeReason, type EvidenceFile } from '#orders/models/dispute'
import type Order from '#orders/models/order'
import type User from '#accounts/models/user'
import ordersConfig from '#config/orders'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { assertAllowed } from '#orders/order_state_machine'
import OrderAccessService from '#orders/services/order_access_service'
import OrderTransitionService from '#orders/services/order_transition_service'
import UploadService from '#core/services/upload_service'
import AuditService from '#audit/services/audit_service'

/** The shipper disputes a delivery; an admin resolves it (resolved, or cancelled). */
@inject()
export default class DisputeService {
  constructor(
    private access: OrderAccessService,
    private transitions: OrderTransitionService,
    private uploads: UploadService,
    private audit: AuditService
  ) {}

  async open(
    order: Order,
    user: User,
    input: { reason: DisputeReason; description: string; evidence?: MultipartFile[] }
  ) {
    const stored: EvidenceFile[] = []
    try {
      return await db.transaction(async (trx) => {
        const locked = await this.transitions.lock(order.id, trx)
        const parties = await this.access.partiesOf(user, locked, trx)
        assertAllowed(locked, 'dispute', parties)
        for (const file of input.evidence ?? []) {
          const saved = await this.uploads.store(file, {
            folder: `orders/${locked.id}/dispute`,
            field: 'evidence',
            mimeTypes: ordersConfig.uploads.evidenceMimeTypes,
          })
          stored.push({
            key: saved.key,
            contentType: saved.contentType,
            fileName: saved.fileName,
            size: saved.size,
          })
        }
        const dispute = await Dispute.create(
          {
            orderId: locked.id,
            openedById: user.id,
            reason: input.reason,
            description: input.description,
            evidence: stored,
            status: 'open',
          },
          { client: trx }
        )
        await this.transitions.apply(
          locked,
          'dispute',
          {
            actorId: user.id,
            as: parties,
            data: { disputeId: dispute.id, reason: input.reason, evidenceFiles: stored.length },
          },
          trx
        )
        return { order: locked, dispute }
      })
    } catch (error) {
      await Promise.all(stored.map((file) => this.uploads.remove(file.key)))
      throw error
    }
  }

  async resolve(
    order: Order,
    admin: User,
    input: { outcome: 'resolved' | 'cancelled'; note: string }
  ) {
    return db.transaction(async (trx) => {
      const locked = await this.transitions.lock(order.id, trx)
      const dispute = await this.openDispute(locked.id, trx)
      const statusBefore = locked.status
      await this.transitions.apply(
        locked,
        input.outcome === 'resolved' ? 'resolveDispute' : 'cancelDispute',
        {
          actorId: admin.id,
          as: await this.access.partiesOf(admin, locked, trx),
          data: { disputeId: dispute?.id ?? null, note: input.note },
          changes: input.outcome === 'cancelled' ? { cancelReason: input.note } : {},
        },
        trx
      )
      if (dispute) {
        dispute.useTransaction(trx)
        dispute.merge({
          status: input.outcome,
          resolutionNote: input.note,
          resolvedById: admin.id,
          resolvedAt: DateTime.now(),
        })
        await dispute.save()
      }
      await this.audit.record(
        {
          action: 'dispute.resolved',
          actor: admin,
          subject: { type: 'order', id: locked.id },
          reason: input.note,
          before: { orderStatus: statusBefore, disputeStatus: dispute ? 'open' : null },
          after: {
            orderStatus: locked.status,
            disputeStatus: dispute?.status ?? null,
            disputeId: dispute?.id ?? null,
            outcome: input.outcome,
          },
        },
        trx
      )
      return { order: locked, dispute }
    })
  }

  async latest(order: Order) {
    const dispute = await Dispute.query().where('order_id', order.id).orderBy('id', 'desc').first()
    if (!dispute) {
      throw new DomainException('This order has no dispute.', { status: 404, code: 'E_NOT_FOUND' })
    }
    return dispute
  }

  private openDispute(orderId: number, trx: TransactionClientContract) {
    return Dispute.query({ client: trx })
      .where('order_id', orderId)
      .where('status', 'open')
      .forUpdate()
      .first()
  }
}
