import { inject } from '@adonisjs/core'
import { normalisePhone, localeForPhone } from '#core/phone'
import ErrorReporter from '#core/error_reporting/error_reporter'
import User from '#accounts/models/user'
import FarmerService from '#collections/services/farmer_service'
import ussdConfig from '#config/ussd'
import UssdSessionStore, { type UssdSession } from '#ussd/sessions/ussd_session_store'
import FarmerMenu from '#ussd/services/farmer_menu'
import DriverMenu from '#ussd/services/driver_menu'
import RegistrationMenu from '#ussd/services/registration_menu'
import InvitationMenu from '#ussd/services/invitation_menu'
import { USSD_TEXTS } from '#ussd/texts'
import { end, parsePath, reply, Walk, type Screen } from '#ussd/menu_walk'
import { drives } from '#accounts/membership_rules'

export interface UssdRequest {
  sessionId: string
  phoneNumber: string
  text?: string | null
}

/**
 * One step of a USSD session: who is calling (the phone is the identity:
 * a farmer, a driver, or someone to register), where the path leads, and
 * the session kept between steps. Answers the body Africa's Talking shows.
 */
@inject()
export default class UssdService {
  constructor(
    private sessions: UssdSessionStore,
    private farmers: FarmerService,
    private farmerMenu: FarmerMenu,
    private driverMenu: DriverMenu,
    private registration: RegistrationMenu,
    private invitationMenu: InvitationMenu,
    private errors: ErrorReporter
  ) {}

  /** The reply, or null when the request is not one the provider would make (a 400). */
  async step(request: UssdRequest): Promise<{ reply: string } | { badField: string }> {
    const phone = normalisePhone(request.phoneNumber)
    if (!phone) return { badField: 'phoneNumber' }
    const stored = await this.sessions.get(request.sessionId)
    // A session id is bound to the phone that opened it: never another's data.
    if (stored && stored.phone !== phone) return { badField: 'sessionId' }
    const session: UssdSession = stored ?? { phone, pinEntries: {}, verifiedAt: null, done: {} }
    const inputs = parsePath(request.text)

    let screen: Screen
    try {
      screen = await this.#route(phone, inputs, session)
    } catch (error) {
      this.errors.report(error, { ussdSession: request.sessionId })
      screen = end(USSD_TEXTS[localeForPhone(phone)].error)
    }
    await this.sessions.put(request.sessionId, session, ussdConfig.sessionTtlSeconds)
    return { reply: reply(screen) }
  }

  async #route(phone: string, inputs: ReturnType<typeof parsePath>, session: UssdSession) {
    // Read at every step: a suspension ends a session already open at its next step.
    const account = await User.query().where('phone', phone).first()
    if (account?.suspendedAt) return end(USSD_TEXTS[account.locale].accountSuspended)
    const farmer = await this.farmers.byPhone(phone)
    if (farmer) return this.farmerMenu.render(new Walk(inputs, session, farmer.locale), farmer)
    if (account && drives(account.role)) {
      return this.driverMenu.render(new Walk(inputs, session, account.locale), account)
    }
    // Anyone else with an account (a shipper, a clerk) comes by USSD for their invitations.
    const invitations = account ? await this.invitationMenu.waitingFor(account) : []
    if (account && invitations.length) {
      return this.invitationMenu.render(
        new Walk(inputs, session, account.locale),
        account,
        invitations
      )
    }
    return this.registration.render(new Walk(inputs, session, localeForPhone(phone)), phone)
  }
}
