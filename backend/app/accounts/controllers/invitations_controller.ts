import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import InvitationService from '#accounts/services/invitation_service'
import InvitationTransformer from '#accounts/transformers/invitation_transformer'
import { invitationIdValidator } from '#accounts/validators/organisation'

/** The signed-in user's invitations to join an organisation; another's answers 404. */
@inject()
export default class InvitationsController {
  constructor(private invitations: InvitationService) {}

  /** GET /api/v1/invitations: those waiting for an answer. */
  async index({ auth }: HttpContext) {
    const invitations = await this.invitations.pendingFor(auth.getUserOrFail())
    return { data: invitations.map((invitation) => InvitationTransformer.toJSON(invitation)) }
  }

  /** POST /api/v1/invitations/:id/accept */
  async accept({ auth, request }: HttpContext) {
    const { params } = await request.validateUsing(invitationIdValidator)
    const invitation = await this.invitations.accept(auth.getUserOrFail(), params.id)
    return InvitationTransformer.toJSON(invitation)
  }

  /** POST /api/v1/invitations/:id/decline */
  async decline({ auth, request }: HttpContext) {
    const { params } = await request.validateUsing(invitationIdValidator)
    const invitation = await this.invitations.decline(auth.getUserOrFail(), params.id)
    return InvitationTransformer.toJSON(invitation)
  }
}
