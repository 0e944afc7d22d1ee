/**
 * Generated from the API's OpenAPI document (backend/app/<capability>/openapi.ts) by
 * `cd backend && node ace openapi:types`. Do not edit by hand: a backend unit
 * test fails when this file and the document disagree.
 */

import type { components } from './openapi';

type Schemas = components['schemas'];

export const auditActionValues = [
  'paper.verified',
  'paper.rejected',
  'dispute.resolved',
  'user.created',
  'user.updated',
  'user.suspended',
  'user.reinstated',
  'user.phone_revealed',
  'audit.exported',
  'payout.retried',
  'payout.cancelled',
  'payout.marked_sent',
  'payout.marked_failed',
  'payout.refunded_by_hand',
  'payout.reversed',
  'payout_number.changed',
  'payout_rail.changed',
  'refund.requested',
  'payment.unwanted',
  'payment.checked',
  'payment.closed',
  'payouts.paused',
  'payouts.resumed',
  'vehicle_type.created',
  'vehicle_type.updated',
  'payout_run.approved',
  'payout_run.approval_refused',
] as const satisfies readonly Schemas['AuditAction'][];
export const auditSubjectTypeValues = [
  'user',
  'organisation',
  'document',
  'order',
  'payment',
  'payout',
  'payouts',
  'farmer_payout_run',
  'vehicle_type',
  'audit',
] as const satisfies readonly Schemas['AuditSubjectType'][];
export const capabilityValues = [
  'post_orders',
  'drive',
  'watch_fleet',
  'manage_vehicles',
  'run_milk_routes',
  'work_in_cooperative',
  'manage_cooperative',
  'review_papers',
  'review_disputes',
  'decide_disputes',
  'administer_money',
  'administer_accounts',
  'manage_vehicle_types',
  'read_audit',
  'view_operations',
  'retry_jobs',
] as const satisfies readonly Schemas['Capability'][];
export const countryValues = [
  'KE',
  'SN',
  'TZ',
  'UG',
] as const satisfies readonly Schemas['Country'][];
export const currencyValues = [
  'XOF',
  'KES',
  'TZS',
  'UGX',
] as const satisfies readonly Schemas['Currency'][];
export const currencyFacts = {
  XOF: { minorDigits: 0, country: 'SN' },
  KES: { minorDigits: 2, country: 'KE' },
  TZS: { minorDigits: 2, country: 'TZ' },
  UGX: { minorDigits: 0, country: 'UG' },
} as const satisfies Readonly<Record<Schemas['Currency'], unknown>>;
export const disputeDecisionValues = [
  'pay_carrier',
  'refund_shipper',
  'split',
] as const satisfies readonly Schemas['DisputeDecision'][];
export const disputeStatusValues = [
  'open',
  'resolved',
  'cancelled',
] as const satisfies readonly Schemas['DisputeStatus'][];
export const documentKindValues = [
  'registration_card',
  'insurance',
  'driving_licence',
] as const satisfies readonly Schemas['DocumentKind'][];
export const documentStatusValues = [
  'pending',
  'verified',
  'rejected',
] as const satisfies readonly Schemas['DocumentStatus'][];
export const journalKindValues = [
  'payment_received',
  'settlement',
  'dispute_refund',
  'carrier_payout_reserved',
  'carrier_payout_sent',
  'carrier_payout_cancelled',
  'carrier_payout_reversed',
  'refund_payout_reserved',
  'refund_payout_sent',
  'refund_payout_cancelled',
  'refund_payout_reversed',
  'refund_payout_returned_by_hand',
  'farmer_payout_run_approved',
  'farmer_payout_reserved',
  'farmer_payout_sent',
  'farmer_payout_cancelled',
  'farmer_payout_reversed',
] as const satisfies readonly Schemas['JournalKind'][];
export const ledgerCheckValues = [
  'balance',
  'journal_balanced',
  'journal_entries',
  'entry_currency',
  'non_negative',
  'trial_balance',
] as const satisfies readonly Schemas['LedgerCheck'][];
export const localeValues = ['en', 'fr', 'sw'] as const satisfies readonly Schemas['Locale'][];
export const notificationChannelValues = [
  'in_app',
  'push',
  'sms',
] as const satisfies readonly Schemas['NotificationChannel'][];
export const orderActionValues = [
  'edit',
  'post',
  'addCargoPhoto',
  'cancel',
  'bid',
  'acceptBid',
  'assign',
  'reassign',
  'unassign',
  'pay',
  'startPickup',
  'pickUp',
  'depart',
  'deliver',
  'submitProof',
  'confirmDelivery',
  'dispute',
  'resolveDispute',
  'cancelDispute',
  'rate',
] as const satisfies readonly Schemas['OrderAction'][];
export const orderStatusValues = [
  'draft',
  'posted',
  'bidding',
  'assigned',
  'pickup_pending',
  'picked_up',
  'in_transit',
  'delivered',
  'completed',
  'cancelled',
  'disputed',
  'resolved',
] as const satisfies readonly Schemas['OrderStatus'][];
export const paymentStatusValues = [
  'pending',
  'received',
  'failed',
  'returned',
] as const satisfies readonly Schemas['PaymentStatus'][];
export const payoutActionValues = [
  'retry',
  'cancel',
  'markSent',
  'markFailed',
  'refundedByHand',
] as const satisfies readonly Schemas['PayoutAction'][];
export const reconciliationOutcomeValues = [
  'received',
  'failed',
  'pending',
  'error',
] as const satisfies readonly Schemas['ReconciliationOutcome'][];
export const roleValues = [
  'shipper',
  'driver',
  'dispatcher',
  'admin',
  'clerk',
  'grader',
] as const satisfies readonly Schemas['Role'][];
export const unsettledReasonValues = [
  'not_acknowledged',
  'provider_pending',
  'error',
] as const satisfies readonly Schemas['UnsettledReason'][];
export const vehicleBodyValues = [
  'flatbed',
  'box',
  'curtainsider',
  'tanker',
  'refrigerated',
  'tipper',
  'container',
  'livestock',
  'van',
  'pickup',
  'motorcycle',
] as const satisfies readonly Schemas['VehicleBody'][];
