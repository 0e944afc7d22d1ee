export const policies = {
  AccountsOrganisationPolicy: () => import('#app/accounts/policies/organisation_policy'),
  AccountsUserPolicy: () => import('#app/accounts/policies/user_policy'),
  AuditPolicy: () => import('#app/audit/policies/audit_policy'),
  ChatPolicy: () => import('#app/chat/policies/chat_policy'),
  CollectionsCooperativePolicy: () => import('#app/collections/policies/cooperative_policy'),
  FleetFleetDocumentPolicy: () => import('#app/fleet/policies/fleet_document_policy'),
  FleetVehiclePolicy: () => import('#app/fleet/policies/vehicle_policy'),
  FleetVehicleTypePolicy: () => import('#app/fleet/policies/vehicle_type_policy'),
  MoneyPaymentPolicy: () => import('#app/money/policies/payment_policy'),
  MoneyPayoutPolicy: () => import('#app/money/policies/payout_policy'),
  OrderPolicy: () => import('#app/orders/policies/order_policy'),
  PlacePolicy: () => import('#app/places/policies/place_policy'),
  PlatformOperationsPolicy: () => import('#app/platform/policies/operations_policy'),
  TrackingPolicy: () => import('#app/tracking/policies/tracking_policy'),
}

