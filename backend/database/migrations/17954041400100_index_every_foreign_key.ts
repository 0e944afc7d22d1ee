import { BaseSchema } from '@adonisjs/lucid/schema'

/**
 * Every foreign key gets an index that starts with its columns. Without one,
 * deleting or re-keying a referenced row makes PostgreSQL scan the whole
 * referencing table once per row (ON DELETE SET NULL / CASCADE / NO ACTION
 * checks alike): deleting 100,000 bench users took over ten minutes. The
 * test tests/functional/platform/foreign_key_indexes.spec.ts fails when a
 * new foreign key comes without one.
 */
const UNINDEXED: Record<string, string[]> = {
  bids: ['bidder_id', 'decided_by_id', 'driver_id', 'vehicle_id'],
  chat_receipts: ['user_id'],
  collection_routes: ['vehicle_id'],
  cooperatives: ['carrier_organisation_id'],
  disputes: ['opened_by_id', 'resolved_by_id'],
  farmer_adjustments: ['cooperative_id', 'created_by_id'],
  farmer_payout_lines: ['farmer_id', 'statement_sms_id'],
  farmer_payout_runs: ['approved_by_id', 'prepared_by_id'],
  farmers: ['stop_id'],
  fleet_documents: ['organisation_id', 'reviewed_by_id', 'uploaded_by_id'],
  milk_collections: ['centre_id', 'receipt_sms_id', 'recorded_by_id', 'replaces_id', 'stop_id'],
  notification_deliveries: ['sms_message_id'],
  notification_events: ['notification_id'],
  notifications: ['order_id'],
  order_events: ['actor_id'],
  orders: ['accepted_bid_id', 'assigned_vehicle_id', 'required_vehicle_type_id'],
  organisation_invitations: ['invited_by_id', 'organisation_id'],
  payment_callbacks: ['payment_id', 'payout_id'],
  payments: ['payer_id'],
  payout_numbers: ['requested_by'],
  payouts: ['payment_id', 'requested_by'],
  proofs_of_delivery: ['submitted_by_id'],
  ratings: ['rater_id'],
  route_intakes: ['cooperative_id', 'driver_id', 'recorded_by_id'],
  route_stops: ['centre_id'],
  tracking_exceptions: ['driver_id', 'order_id'],
  vehicle_drivers: ['assigned_by_id'],
  vehicle_photos: ['uploaded_by_id'],
  vehicles: ['vehicle_type_id'],
}

export default class extends BaseSchema {
  async up() {
    for (const [table, columns] of Object.entries(UNINDEXED)) {
      this.schema.alterTable(table, (builder) => {
        for (const column of columns) builder.index([column])
      })
    }
  }

  async down() {
    for (const [table, columns] of Object.entries(UNINDEXED)) {
      this.schema.alterTable(table, (builder) => {
        for (const column of columns) builder.dropIndex([column])
      })
    }
  }
}
