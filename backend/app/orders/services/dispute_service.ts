import { inject } from '@adonisjs/core'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import DomainException from '#core/exceptions/domain_exception'
import Dispute, {
  type DisputeReason,
  type DisputeStatus,
  type EvidenceFile,
} from '#orders/models/dispute'
import type Order from '#orders/models/order'
import type User from '#accounts/models/user'
import ordersConfig from '#config/orders'
import { assertAllowed } from '#orders/order_state_machine'
import OrderAccessService from '#orders/services/order_access_service'
import OrderTransitionService from '#orders/services/order_transition_service'
import UploadService from '#core/services/upload_service'
import AuditService from '#audit/services/audit_service'
import OrderPayments, { type DecisionInput } from '#orders/services/order_payments'
import { orderName } from '#orders/order_name'

/** The shipper disputes a delivery; an admin decides who gets the escrow. */
@inject()
export default class DisputeService {
  constructor(
    private access: OrderAccessService,
    private transitions: OrderTransitionService,
    private uploads: UploadService,
    private audit: AuditService,
    private payments: OrderPayments
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
            // Answered as created: the resolution's columns are null, not left out.
            decision: null,
            carrierAmount: null,
            refundAmount: null,
            resolutionNote: null,
            resolvedById: null,
            resolvedAt: null,
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

  /**
   * An admin decides an open dispute: the escrow moves through the ledger
   * (money, through OrderPayments) in the same transaction as the order's
   * move (a full refund cancels it, otherwise it is resolved), the dispute's
   * record and the audit row, so a decision applies once or not at all.
   */
  async decide(disputeId: number, admin: User, input: DecisionInput & { note: string }) {
    const decided = await db.transaction(async (trx) => {
      const found = await Dispute.find(disputeId, { client: trx })
      if (!found) throw DomainException.notFound('Dispute')
      const locked = await this.transitions.lock(found.orderId, trx)
      const dispute = await Dispute.query({ client: trx })
        .where('id', disputeId)
        .forUpdate()
        .firstOrFail()
      if (dispute.status !== 'open') {
        throw new DomainException(`Dispute ${dispute.id} was already decided.`, {
          status: 409,
          code: 'E_DISPUTE_DECIDED',
        })
      }
      const move = input.decision === 'refund_shipper' ? 'cancelDispute' : 'resolveDispute'
      const parties = await this.access.partiesOf(admin, locked, trx)
      assertAllowed(locked, move, parties)
      const statusBefore = locked.status
      const money = await this.payments.settleDispute(locked, input, trx)
      const decision = {
        decision: input.decision,
        currency: money.currency,
        carrierAmount: money.carrierAmount,
        refundAmount: money.refundAmount,
      }
      await this.transitions.apply(
        locked,
        move,
        {
          actorId: admin.id,
          as: parties,
          data: { disputeId: dispute.id, note: input.note, ...decision },
          changes: move === 'cancelDispute' ? { cancelReason: input.note } : {},
        },
        trx
      )
      dispute.useTransaction(trx)
      dispute.merge({
        status: move === 'cancelDispute' ? 'cancelled' : 'resolved',
        decision: input.decision,
        carrierAmount: money.carrierAmount,
        refundAmount: money.refundAmount,
        resolutionNote: input.note,
        resolvedById: admin.id,
        resolvedAt: DateTime.now(),
      })
      await dispute.save()
      await this.audit.record(
        {
          action: 'dispute.resolved',
          actor: admin,
          subject: { type: 'order', id: locked.id, name: orderName(locked) },
          reason: input.note,
          before: { orderStatus: statusBefore, disputeStatus: 'open', held: money.held },
          after: {
            orderStatus: locked.status,
            disputeStatus: dispute.status,
            disputeId: dispute.id,
            ...decision,
            commission: money.commission,
          },
        },
        trx
      )
      return dispute
    })
    return this.find(decided.id)
  }

  /** Disputes for the console: open ones oldest first (a queue), decided ones newest first. */
  list(filters: { status?: DisputeStatus; page: number; perPage: number }) {
    const query = this.withCase(Dispute.query())
    if (filters.status) query.where('status', filters.status)
    return query
      .orderBy('id', filters.status === 'open' ? 'asc' : 'desc')
      .paginate(filters.page, filters.perPage)
  }

  async find(id: number) {
    const dispute = await this.withCase(Dispute.query().where('id', id)).first()
    if (!dispute) throw DomainException.notFound('Dispute')
    return dispute
  }

  /** What escrow holds for the dispute's order now (money's answer). */
  held(dispute: Dispute) {
    return this.payments.held(dispute.order)
  }

  private withCase(query: ModelQueryBuilderContract<typeof Dispute>) {
    return query
      .preload('order', (order) => order.preload('shipper').preload('carrierOrganisation'))
      .preload('openedBy')
      .preload('resolvedBy')
  }

  async latest(order: Order) {
    const dispute = await Dispute.query().where('order_id', order.id).orderBy('id', 'desc').first()
    if (!dispute) {
      throw DomainException.notFound('Dispute', 'This order has no dispute.')
    }
    return dispute
  }
}
