export const policies = {
  OrderPolicy: () => import('#policies/order_policy'),
  TrackingPolicy: () => import('#policies/tracking_policy'),
}
