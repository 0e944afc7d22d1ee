import app from '@adonisjs/core/services/app'
import { Bouncer } from '@adonisjs/bouncer'
import * as abilities from '#core/abilities/main'
import { policies } from '#generated/policies'
import type User from '#accounts/models/user'

/**
 * What a signed-in user may do, by name: the pages and menus the web app
 * opens for them (`capabilities` on `/me` and the sign-in answer). A name
 * decides nothing: each is a question to the Bouncer policy that guards
 * the endpoints behind it (`app/platform/capability_rules.ts`).
 */
export const CAPABILITIES = [
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
] as const
export type Capability = (typeof CAPABILITIES)[number]

/** A Bouncer for one user, outside any request. */
export type UserBouncer = Bouncer<User, typeof abilities, typeof policies>

/** One capability's question, asked of the policies through `bouncer`. */
export type CapabilityRule = (bouncer: UserBouncer, user: User) => Promise<boolean>

/**
 * The hook accounts offers: the rules behind each capability live with the
 * policies of the capabilities that own them, which accounts may not
 * import; platform, which assembles the others, gives them here
 * (providers/app_provider.ts). A container singleton.
 */
export default class UserCapabilities {
  #rules: Record<Capability, CapabilityRule> | null = null

  decideBy(rules: Record<Capability, CapabilityRule>) {
    this.#rules = rules
  }

  /** The user's capabilities now, in `CAPABILITIES` order. */
  of(user: User): Promise<Capability[]> {
    return this.among(user, CAPABILITIES)
  }

  /** Which of `wanted` the user has now, in `wanted`'s order; only their rules are asked. */
  async among(user: User, wanted: readonly Capability[]): Promise<Capability[]> {
    const rules = this.#rules
    if (!rules) throw new Error('UserCapabilities: no rules given (providers/app_provider.ts)')
    const bouncer: UserBouncer = new Bouncer(user, abilities, policies).setContainerResolver(
      app.container.createResolver()
    )
    const granted: Capability[] = []
    // One after another: on the embedded database every query shares one session.
    for (const capability of wanted) {
      if (await rules[capability](bouncer, user)) granted.push(capability)
    }
    return granted
  }
}
