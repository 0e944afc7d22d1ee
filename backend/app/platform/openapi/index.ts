import type { ApiDescription } from '#core/contract/api_description'
import { platformApi } from '#platform/openapi/platform'
import { accountsApi } from '#accounts/openapi'
import { fleetApi } from '#fleet/openapi'
import { smsApi } from '#sms/openapi'
import { disputesApi, ordersApi } from '#orders/openapi'
import { trackingApi } from '#tracking/openapi'
import { notificationsApi } from '#notifications/openapi'
import { chatApi } from '#chat/openapi'
import { collectionsApi } from '#collections/openapi'
import { ussdApi } from '#ussd/openapi'
import { moneyApi } from '#money/openapi'
import { auditApi } from '#audit/openapi'
import { placesApi } from '#places/openapi'

/**
 * Every capability's description (docs/architecture.md, "Describing a
 * route"); the order is the order of tags in /docs.
 */
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
  notificationsApi,
  chatApi,
  placesApi,
]
