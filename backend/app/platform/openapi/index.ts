import type { OpenApiFragment } from '#core/openapi/fragment'
import type { ApiDescription } from '#core/contract/api_description'
import { platformApi } from '#platform/openapi/platform'
import { accountsApi } from '#accounts/openapi'
import { fleetApi } from '#fleet/openapi'
import { smsApi } from '#sms/openapi'
import { disputesApi, ordersApi } from '#orders/openapi'
import { osmandOpenApi, trackingApi } from '#tracking/openapi'
import { notificationsOpenApi } from '#notifications/openapi'
import { chatOpenApi } from '#chat/openapi'
import { collectionsApi } from '#collections/openapi'
import { ussdApi } from '#ussd/openapi'
import { moneyApi } from '#money/openapi'
import { auditApi } from '#audit/openapi'

/** Add one import per area; order is the order of tags in /docs. */
export const fragments: OpenApiFragment[] = [osmandOpenApi, notificationsOpenApi, chatOpenApi]

/** Capabilities described by their validators and transformers (docs/architecture.md). */
export const apis: ApiDescription[] = [
  platformApi,
  accountsApi,
  ordersApi,
  trackingApi,
  fleetApi,
  moneyApi,
  smsApi,
  disputesApi,
  auditApi,
  collectionsApi,
  ussdApi,
]
