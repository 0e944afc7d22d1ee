import type User from '#accounts/models/user'
import type { Capability, CapabilityRule, UserBouncer } from '#accounts/services/user_capabilities'
import AuditPolicy from '#audit/policies/audit_policy'
import UserPolicy from '#accounts/policies/user_policy'
import type Cooperative from '#collections/models/cooperative'
import CooperativePolicy from '#collections/policies/cooperative_policy'
import FleetDocumentPolicy from '#fleet/policies/fleet_document_policy'
import VehiclePolicy from '#fleet/policies/vehicle_policy'
import VehicleTypePolicy from '#fleet/policies/vehicle_type_policy'
import PayoutPolicy from '#money/policies/payout_policy'
import OrderPolicy from '#orders/policies/order_policy'
import OperationsPolicy from '#platform/policies/operations_policy'
import TrackingPolicy from '#tracking/policies/tracking_policy'

/**
 * Each capability of `/me` is the question the endpoints behind it ask:
 * the same policy action, so the web app's pages and menus open exactly
 * where the API answers (one authority: the policy). A cooperative's
 * questions are about the user's own cooperative (`cooperativeOf`).
 */
export function capabilityRules(
  cooperativeOf: (user: User) => Promise<Cooperative | null>
): Record<Capability, CapabilityRule> {
  const ofOwnCooperative =
    (action: 'work' | 'manage') => async (bouncer: UserBouncer, user: User) => {
      const cooperative = await cooperativeOf(user)
      return cooperative !== null && bouncer.with(CooperativePolicy).allows(action, cooperative)
    }
  const drive: CapabilityRule = (bouncer) => bouncer.with(TrackingPolicy).allows('setDuty')
  const worksInCooperative = ofOwnCooperative('work')
  return {
    post_orders: (bouncer) => bouncer.with(OrderPolicy).allows('create'),
    drive,
    watch_fleet: (bouncer) => bouncer.with(TrackingPolicy).allows('viewFleet'),
    manage_vehicles: (bouncer) => bouncer.with(VehiclePolicy).allows('create'),
    // A route is run by its driver (a driver of the transporter) or followed by the cooperative's people.
    run_milk_routes: async (bouncer, user) =>
      (await drive(bouncer, user)) || worksInCooperative(bouncer, user),
    // Its members (manager, clerks, graders) record milk, see its farmers and follow its routes.
    work_in_cooperative: worksInCooperative,
    manage_cooperative: ofOwnCooperative('manage'),
    review_papers: (bouncer) => bouncer.with(FleetDocumentPolicy).allows('review'),
    review_disputes: (bouncer) => bouncer.with(OrderPolicy).allows('reviewDisputes'),
    decide_disputes: (bouncer) => bouncer.with(OrderPolicy).allows('actOnAny', 'resolveDispute'),
    administer_money: (bouncer) => bouncer.with(PayoutPolicy).allows('administer'),
    administer_accounts: (bouncer) => bouncer.with(UserPolicy).allows('administer'),
    manage_vehicle_types: (bouncer) => bouncer.with(VehicleTypePolicy).allows('manage'),
    read_audit: (bouncer) => bouncer.with(AuditPolicy).allows('view'),
    view_operations: (bouncer) => bouncer.with(OperationsPolicy).allows('view'),
    retry_jobs: (bouncer) => bouncer.with(OperationsPolicy).allows('retry'),
  }
}
