import type { OpenApiFragment } from '#openapi/fragment'
import platform from '#openapi/platform'
import { accountsOpenApi } from '#openapi/accounts'
import { fleetOpenApi } from '#openapi/fleet'
import { ordersOpenApi } from '#openapi/orders'
import { webOpenApi } from '#openapi/web'
import { trackingOpenApi } from '#openapi/tracking'

/** Add one import per area; order is the order of tags in /docs. */
export const fragments: OpenApiFragment[] = [
  platform,
  accountsOpenApi,
  fleetOpenApi,
  ordersOpenApi,
  trackingOpenApi,
  webOpenApi,
]
