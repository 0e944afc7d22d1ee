import { randomInt } from 'node:crypto'
import { inject } from '@adonisjs/core'
import emitter from '@adonisjs/core/services/emitter'
import logger from '@adonisjs/core/services/logger'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import type {} from '#accounts/access_events'
import accountsConfig from '#config/accounts'
import { isUniqueViolation } from '#core/database_errors'
import DomainException from '#core/exceptions/domain_exception'
import { timeZoneOfPhone } from '#core/phone'
import Organisation from '#accounts/models/organisation'
import OrganisationInvitation from '#accounts/models/organisation_invitation'
import User, { type Role } from '#accounts/models/user'
import { invitationReplyText, invitationText, type InvitationReply } from '#accounts/sms_texts'
import SmsService from '#sms/services/sms_service'

/** No 0/O, 1/I/L: the code is read off a small screen and typed back. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
const CODE_LENGTH = 6

/** "YES K7F3Q9", "ndio k7f3q9", "Oui K7F3Q9.": the answers an invitee may text back. */
const SMS_ANSWER = /^\s*(yes|y|ndio|oui|no|n|hapana|non)\s+([a-z0-9]{6})\W*$/i
const SMS_YES = new Set(['yes', 'y', 'ndio', 'oui'])

/**
 * Invitations to join an organisation. Someone who has an account is never
 * put in an organisation by others: they are invited (by SMS and in the
 * app) and join only when they accept, before the invitation expires. Until
 * then their organisation stays theirs (none), so the inviting organisation
 * sees nothing of them: no orders, positions, fleet room or lists.
 */
@inject()
export default class InvitationService {
  constructor(private sms: SmsService) {}

  async invite(organisation: Organisation, user: User, role: Role, invitedBy: User | null) {
    const open = await OrganisationInvitation.query()
      .where({ organisationId: organisation.id, userId: user.id, status: 'pending' })
      .first()
    if (open && open.currentStatus === 'pending') throw alreadyInvited()
    await this.#refuseWithinCooldown(organisation, user)
    const invitation = await db
      .transaction(async (trx) => {
        if (open) {
          open.useTransaction(trx)
          open.status = 'expired'
          await open.save()
        }
        return OrganisationInvitation.create(
          {
            organisationId: organisation.id,
            userId: user.id,
            role,
            invitedById: invitedBy?.id ?? null,
            status: 'pending',
            code: newCode(),
            expiresAt: DateTime.now().plus({ hours: accountsConfig.invitationTtlHours }),
          },
          { client: trx }
        )
      })
      .catch((error) => {
        // Sent twice at the same moment: the one-open-invitation index kept the first.
        throw isUniqueViolation(error, 'organisation_invitations_one_open')
          ? alreadyInvited()
          : error
      })
    await this.#text(invitation, organisation, user)
    await emitter.emit('organisation:invited', {
      invitationId: invitation.id,
      userId: user.id,
      organisationId: organisation.id,
    })
    return invitation
  }

  /** The same person is invited by the same organisation at most once per cooldown. */
  async #refuseWithinCooldown(organisation: Organisation, user: User) {
    const last = await OrganisationInvitation.query()
      .where({ organisationId: organisation.id, userId: user.id })
      .orderBy('createdAt', 'desc')
      .first()
    if (!last) return
    const allowedAt = last.createdAt.plus({ hours: accountsConfig.invitationCooldownHours })
    const wait = Math.ceil(allowedAt.diffNow('seconds').seconds)
    if (wait <= 0) return
    throw new DomainException(
      `This person was invited less than ${accountsConfig.invitationCooldownHours} hours ago; you can invite them again after ${allowedAt.toUTC().toISO({ suppressMilliseconds: true })}.`,
      {
        status: 429,
        code: 'E_INVITATION_COOLDOWN',
        field: 'phone',
        headers: { 'Retry-After': String(wait) },
      }
    )
  }

  /** The invitations waiting for the user's answer, newest first. */
  async pendingFor(user: User) {
    return OrganisationInvitation.query()
      .where({ userId: user.id, status: 'pending' })
      .where('expiresAt', '>', DateTime.now().toSQL()!)
      .preload('organisation')
      .preload('invitedBy')
      .orderBy('id', 'desc')
  }

  /** What an organisation sent lately (answered ones for a month), newest first. */
  async sentBy(organisation: Organisation) {
    return OrganisationInvitation.query()
      .where('organisationId', organisation.id)
      .where('createdAt', '>', DateTime.now().minus({ days: 30 }).toSQL()!)
      .preload('organisation')
      .preload('user')
      .preload('invitedBy')
      .orderBy('id', 'desc')
      .limit(100)
  }

  /** The user's own invitation; anyone else's is not found. */
  async findFor(user: User, id: number) {
    const invitation = await OrganisationInvitation.query().where({ id, userId: user.id }).first()
    if (!invitation) throw DomainException.notFound('Invitation')
    return invitation
  }

  /** Joins the organisation in the invited role; what it may see of the user starts now. */
  async accept(user: User, id: number) {
    const invitation = await db.transaction(async (trx) => {
      const locked = await this.#lockOpen(user, id, trx)
      const invitee = await User.query({ client: trx })
        .where('id', user.id)
        .forUpdate()
        .firstOrFail()
      if (invitee.organisationId) {
        throw new DomainException('Leave your organisation before joining another.', {
          status: 409,
          code: 'E_ALREADY_IN_ORGANISATION',
        })
      }
      if (invitee.role !== locked.role) {
        throw new DomainException(
          `You are registered as ${invitee.role}; this invitation is for a ${locked.role}.`,
          { status: 409, code: 'E_ROLE_CONFLICT' }
        )
      }
      invitee.organisationId = locked.organisationId
      await invitee.save()
      locked.status = 'accepted'
      locked.answeredAt = DateTime.now()
      await locked.save()
      return locked
    })
    await emitter.emit('user:access-changed', { userId: user.id, change: 'joined' })
    return this.#withRelations(invitation)
  }

  async decline(user: User, id: number) {
    const invitation = await db.transaction(async (trx) => {
      const locked = await this.#lockOpen(user, id, trx)
      locked.status = 'declined'
      locked.answeredAt = DateTime.now()
      await locked.save()
      return locked
    })
    return this.#withRelations(invitation)
  }

  /**
   * An answer texted back (`YES <code>` / `NO <code>`): the sender's phone
   * and the code together name the invitation. Returns the text to send
   * back, or null when the message is no answer to an invitation.
   */
  async answerBySms(from: string, text: string): Promise<string | null> {
    const match = SMS_ANSWER.exec(text)
    if (!match) return null
    const user = await User.findBy('phone', from)
    if (!user) return null
    const invitation = await OrganisationInvitation.query()
      .where({ userId: user.id, code: match[2].toUpperCase() })
      .preload('organisation')
      .orderBy('id', 'desc')
      .first()
    // A wrong code gets an answer only from someone who has an invitation to answer: texts cost money.
    const waiting = invitation ? [invitation] : await this.pendingFor(user)
    if (waiting.length === 0) return null
    let outcome: InvitationReply = 'unknown'
    if (invitation) {
      try {
        if (SMS_YES.has(match[1].toLowerCase())) await this.accept(user, invitation.id)
        else await this.decline(user, invitation.id)
        outcome = SMS_YES.has(match[1].toLowerCase()) ? 'accepted' : 'declined'
      } catch (error) {
        if (!(error instanceof DomainException)) throw error
        outcome = 'expired'
      }
    }
    const reply = invitationReplyText(user.locale, outcome, invitation?.organisation.name)
    await this.sms.send(user.phone, reply, { fit: true })
    return reply
  }

  async #lockOpen(user: User, id: number, trx: TransactionClientContract) {
    const locked = await OrganisationInvitation.query({ client: trx })
      .where({ id, userId: user.id })
      .forUpdate()
      .first()
    if (!locked) throw DomainException.notFound('Invitation')
    const status = locked.currentStatus
    if (status === 'expired') {
      throw new DomainException('This invitation has expired; ask for a new one.', {
        status: 409,
        code: 'E_INVITATION_EXPIRED',
      })
    }
    if (status !== 'pending') {
      throw new DomainException(`This invitation was already ${status}.`, {
        status: 409,
        code: 'E_INVITATION_ANSWERED',
      })
    }
    return locked
  }

  async #withRelations(invitation: OrganisationInvitation) {
    await invitation.load('organisation')
    await invitation.load('invitedBy')
    return invitation
  }

  /** The SMS never blocks the invitation: it waits in the app too. */
  async #text(invitation: OrganisationInvitation, organisation: Organisation, user: User) {
    const until = invitation.expiresAt
      .setZone(timeZoneOfPhone(user.phone))
      .setLocale(user.locale)
      .toLocaleString({ day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })
    const body = invitationText(
      user.locale,
      organisation.name,
      invitation.role,
      invitation.code,
      until
    )
    try {
      await this.sms.send(user.phone, body, { fit: true })
    } catch (error) {
      logger.warn({ err: error, invitationId: invitation.id }, 'invitation SMS not sent')
    }
  }
}

function newCode() {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

function alreadyInvited() {
  return new DomainException('This person has already been invited and has not answered yet.', {
    status: 409,
    code: 'E_ALREADY_INVITED',
    field: 'phone',
  })
}
