export const policies = {
  FleetDocumentPolicy: () => import('#policies/fleet_document_policy'),
  OrderPolicy: () => import('#policies/order_policy'),
  OrganisationPolicy: () => import('#policies/organisation_policy'),
  TrackingPolicy: () => import('#policies/tracking_policy'),
  UserPolicy: () => import('#policies/user_policy'),
  VehiclePolicy: () => import('#policies/vehicle_policy'),
  VehicleTypePolicy: () => import('#policies/vehicle_type_policy'),
}

