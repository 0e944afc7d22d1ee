import { inject } from '@adonisjs/core'
import type User from '#accounts/models/user'
import type OrganisationInvitation from '#accounts/models/organisation_invitation'
import InvitationService from '#accounts/services/invitation_service'
import { roleName } from '#accounts/sms_texts'
import DomainException from '#core/exceptions/domain_exception'
import PinGuard from '#ussd/services/pin_guard'
import { clip } from '#ussd/texts'
import { isScreen, type Screen, type Walk } from '#ussd/menu_walk'

/** As many as a screen lists. */
export const INVITATIONS_SHOWN = 4

/**
 * The invitations waiting for a user on a feature phone: pick one, accept
 * or decline it after the PIN. Whether the answer is allowed (expired,
 * answered, already in an organisation) is InvitationService's, as in the
 * app and by SMS.
 */
@inject()
export default class InvitationMenu {
  constructor(
    private invitations: InvitationService,
    private guard: PinGuard
  ) {}

  /** Oldest first, so the numbers do not move when a new one arrives during a session. */
  async waitingFor(user: User) {
    const pending = await this.invitations.pendingFor(user)
    return pending.reverse().slice(0, INVITATIONS_SHOWN)
  }

  async render(walk: Walk, user: User, waiting: OrganisationInvitation[]): Promise<Screen> {
    const t = walk.t
    // The role is on the next screen: four names and their roles do not fit one.
    const lines = waiting.map(
      (invitation, index) => `${index + 1}. ${clip(invitation.organisation.name, 30)}`
    )
    const picked = walk.choose(t.pickInvitation(lines), waiting.length)
    if (isScreen(picked)) return picked
    const invitation = waiting[picked.choice - 1]
    const organisation = clip(invitation.organisation.name, 60)
    const answer = walk.choose(
      t.invitation(organisation, roleName(walk.locale, invitation.role)),
      2
    )
    if (isScreen(answer)) return answer
    const denied = await this.guard.check(walk, user.phone)
    if (denied) return denied
    return walk.once(answer.input, async () => {
      try {
        if (answer.choice === 1) {
          await this.invitations.accept(user, invitation.id)
          return t.invitationAccepted(organisation)
        }
        await this.invitations.decline(user, invitation.id)
        return t.invitationDeclined(organisation)
      } catch (error) {
        if (error instanceof DomainException) return t.moveRefused(clip(error.message, 120))
        throw error
      }
    })
  }
}
