import type { ApiDescription, Operation, ResponseWords } from '#core/contract/api_description'
import { listSchema, pageSchema, z } from '#core/contract/response_schema'
import { recentSignInRequired, storedFile, unauthorized } from '#core/contract/words'
import { meSchema, userSchema } from '#accounts/transformers/user_transformer'
import { adminUserSchema } from '#accounts/transformers/admin_user_transformer'
import { organisationSchema } from '#accounts/transformers/organisation_transformer'
import { invitationSchema } from '#accounts/transformers/invitation_transformer'
import { codeSentSchema, signedInSchema } from '#accounts/transformers/sign_in_transformer'
import {
  otpRequestValidator,
  otpVerifyValidator,
  profilePhotoValidator,
  updateProfileValidator,
} from '#accounts/validators/auth'
import {
  addMemberValidator,
  createOrganisationValidator,
  inboundSmsValidator,
  invitationIdValidator,
  memberParamsValidator,
  organisationIdValidator,
} from '#accounts/validators/organisation'
import {
  createUserValidator,
  listUsersValidator,
  updateUserValidator,
  userActionValidator,
  userIdValidator,
} from '#accounts/validators/admin_user'
import { deliveryReportQueryValidator } from '#sms/validators/delivery_report'

const invalid = 'E_VALIDATION: a field is missing, has the wrong type or format (`field` names it)'
const notAdmin = 'E_AUTHORIZATION_FAILURE: not an admin'
const notAdminOrStale = `${notAdmin} · ${recentSignInRequired}`
const rateLimited: ResponseWords = {
  description:
    'E_TOO_MANY_REQUESTS: rate limit per phone or per address reached; Retry-After gives the seconds to wait',
  headers: { 'Retry-After': { type: 'integer' } },
}

/** POST /admin/users/:id/<action> {reason}: the reason goes into the audit log. */
function adminUserAction(summary: string, ok: ResponseWords, conflict?: string): Operation {
  const responses: Operation['responses'] = {
    200: ok,
    401: unauthorized,
    403: notAdminOrStale,
    404: 'E_NOT_FOUND: no such user',
    422: invalid,
  }
  if (conflict) responses[409] = conflict
  return {
    summary,
    tags: ['admin'],
    request: userActionValidator,
    responses,
  }
}

export const accountsApi: ApiDescription = {
  tag: {
    name: 'accounts',
    description: 'Sign-in by phone and one-time code, profile, organisations',
  },
  otherTags: [{ name: 'admin', description: 'Operators: users and roles' }],
  operations: {
    'POST /api/v1/auth/otp/request': {
      summary: 'Send a 6-digit sign-in code by SMS',
      description:
        "Any earlier code of the phone stops working. The text is in the user's language (or the country's: fr for Senegal, sw for Tanzania, en otherwise). Limits: 5 per phone and source address per 15 minutes, 60 per address per 10 minutes.",
      security: [],
      request: otpRequestValidator,
      responses: {
        202: { description: 'Code sent', body: codeSentSchema },
        422: invalid,
        429: rateLimited,
        502: 'E_SMS_FAILED: the SMS provider did not take the text; try again',
      },
    },
    'POST /api/v1/auth/otp/verify': {
      summary: 'Sign in with the code; returns an access token',
      description:
        'Creates the user on first sign-in, taking `name` and `role` (shipper or driver; default shipper). Later sign-ins ignore `role`. Dispatchers and admins are made by an admin: asking for them is a 422. A code burns after 5 wrong tries. Every failed check answers the same 400 E_INVALID_CODE, whether the code is wrong, expired, used, burnt or was never asked for. Limits: 10 per phone and source address per 15 minutes, 120 per address per 10 minutes.',
      security: [],
      request: otpVerifyValidator,
      responses: {
        200: { description: 'Signed in', body: signedInSchema },
        400: 'E_INVALID_CODE, whatever the reason (wrong, expired, used, burnt, superseded or no code)',
        403: 'E_ACCOUNT_SUSPENDED: an admin suspended this account',
        422: invalid,
        429: rateLimited,
      },
    },
    'POST /api/v1/auth/logout': {
      summary: 'Revoke the token used for this request',
      responses: { 204: 'Revoked; later use answers 401', 401: unauthorized },
    },
    'GET /api/v1/me': {
      summary: 'The signed-in user',
      responses: {
        200: { description: 'You, with your `capabilities`', body: meSchema },
        401: unauthorized,
      },
    },
    'PATCH /api/v1/me': {
      summary: 'Change your name or language',
      request: updateProfileValidator,
      responses: {
        200: { description: 'You, with your `capabilities`', body: meSchema },
        401: unauthorized,
        422: invalid,
      },
    },
    'POST /api/v1/me/photo': {
      summary: 'Set your photo (replaces the one before)',
      description:
        'Multipart `photo`: a JPEG, PNG or WebP image of at most 2 MB (the app resizes it on the phone first). The bytes decide, not the name: anything else is 422 and nothing changes. Those who may see you (the shipper of a job you drive, your organisation) see it.',
      request: profilePhotoValidator,
      responses: {
        200: { description: 'You, `hasPhoto` true', body: meSchema },
        401: unauthorized,
        413: 'E_PAYLOAD_TOO_LARGE: the whole body is too large',
        415: 'E_UNSUPPORTED_MEDIA_TYPE: send multipart/form-data',
        422: 'E_VALIDATION (missing, too large, wrong extension), E_INVALID_FILE (content); nothing stored',
        429: {
          description:
            'E_TOO_MANY_REQUESTS: too many uploads from this account (10 an hour); Retry-After gives the seconds to wait, nothing stored',
          headers: { 'Retry-After': { type: 'integer' } },
        },
      },
    },
    'GET /api/v1/me/photo': {
      summary: 'Your photo',
      responses: {
        200: {
          description: 'The image',
          content: storedFile(['image/png', 'image/jpeg', 'image/webp']),
        },
        401: unauthorized,
        404: 'E_NOT_FOUND: you have no photo',
      },
    },
    'DELETE /api/v1/me/photo': {
      summary: 'Remove your photo',
      description: 'Nobody sees it any more. Removing when there is none is not an error.',
      responses: {
        200: { description: 'You, `hasPhoto` false', body: meSchema },
        401: unauthorized,
      },
    },
    'POST /api/v1/organisations': {
      summary: 'Found an organisation and become its owner',
      description:
        'For a shipper or driver without an organisation. Kind follows the role: driver → carrier, shipper → shipper.',
      request: createOrganisationValidator,
      responses: {
        201: { description: 'Created', body: organisationSchema },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: dispatchers and admins do not found organisations',
        409: 'E_ALREADY_IN_ORGANISATION',
        422: invalid,
      },
    },
    'GET /api/v1/organisations/:id': {
      summary: 'An organisation you belong to, with its members',
      request: organisationIdValidator,
      responses: {
        200: { description: 'Organisation', body: organisationSchema },
        401: unauthorized,
        404: 'E_NOT_FOUND: no such organisation, or you are not a member (admins see all)',
        422: invalid,
      },
    },
    'POST /api/v1/organisations/:id/members': {
      summary: 'Add a member by phone: a new account, or an invitation to someone who has one',
      description:
        'An unknown phone becomes a new account in the organisation (201, the member). Someone who already has an account is never added by others: they get an invitation by SMS and in the app (202, the invitation) and join only when they accept it, before INVITATION_TTL_HOURS (72); until then the organisation sees nothing of theirs. The owner or a dispatcher adds members; only the owner (or an admin) adds dispatchers. Roles by kind: carrier → driver or dispatcher, shipper → shipper, cooperative → dispatcher, clerk or grader. The platform organisation is managed through the admin endpoints.',
      request: [organisationIdValidator, addMemberValidator],
      responses: {
        201: { description: 'The new member (the phone had no account)', body: userSchema },
        202: {
          description: 'The invitation sent (the person has an account)',
          body: invitationSchema,
        },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: a member who is neither owner nor dispatcher, or a dispatcher adding a dispatcher',
        404: 'E_NOT_FOUND: not your organisation',
        409: 'E_ALREADY_IN_ORGANISATION (the person belongs to one), E_ROLE_CONFLICT (registered with another role), E_ALREADY_INVITED (an invitation waits for their answer)',
        422: 'E_VALIDATION, including a role that does not fit the organisation kind',
        429: 'E_INVITATION_COOLDOWN: this organisation invited the person less than INVITATION_COOLDOWN_HOURS (24) ago; nothing is sent, and `Retry-After` says when it may ask again',
      },
    },
    'DELETE /api/v1/organisations/:id/members/:userId': {
      summary: 'Leave the organisation (your own id) or remove a member',
      description:
        'A member may leave (`canLeave` of the organisation); the owner removes anyone, a dispatcher anyone but dispatchers. The owner stays, and so do platform staff. The member loses the organisation at once: its rooms, orders and fleet, on every API node.',
      request: memberParamsValidator,
      responses: {
        204: 'Left or removed',
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: not allowed to remove this member',
        404: 'E_NOT_FOUND: not your organisation, or no such member of it',
        409: 'E_OWNER_STAYS: the owner cannot leave or be removed; E_PLATFORM_STAFF_STAY: platform staff cannot leave (admins unmake them)',
        422: invalid,
      },
    },
    'GET /api/v1/organisations/:id/members/:userId/photo': {
      summary: 'A member’s photo (members of the organisation, admins)',
      description: 'The link is each member’s `photoUrl` in the organisation.',
      request: memberParamsValidator,
      responses: {
        200: {
          description: 'The image',
          content: storedFile(['image/png', 'image/jpeg', 'image/webp']),
        },
        401: unauthorized,
        404: 'E_NOT_FOUND: not your organisation, no such member of it, or no photo',
        422: invalid,
      },
    },
    'GET /api/v1/organisations/:id/invitations': {
      summary: 'Invitations the organisation sent in the last 30 days (owner, dispatchers, admins)',
      request: organisationIdValidator,
      responses: {
        200: { description: 'Newest first', body: listSchema(invitationSchema) },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: a member who does not run the organisation',
        404: 'E_NOT_FOUND: not your organisation',
        422: invalid,
      },
    },
    'GET /api/v1/invitations': {
      summary: 'Your invitations waiting for an answer (not expired), newest first',
      responses: {
        200: { description: 'Pending invitations', body: listSchema(invitationSchema) },
        401: unauthorized,
      },
    },
    'POST /api/v1/invitations/:id/accept': {
      summary: 'Accept an invitation: join the organisation in the invited role',
      request: invitationIdValidator,
      responses: {
        200: { description: 'The invitation, accepted', body: invitationSchema },
        401: unauthorized,
        404: 'E_NOT_FOUND: no such invitation of yours',
        409: 'E_INVITATION_EXPIRED, E_INVITATION_ANSWERED (accepted or declined before), E_ALREADY_IN_ORGANISATION (leave yours first), E_ROLE_CONFLICT (your role changed since)',
        422: invalid,
      },
    },
    'POST /api/v1/invitations/:id/decline': {
      summary: 'Decline an invitation',
      request: invitationIdValidator,
      responses: {
        200: { description: 'The invitation, declined', body: invitationSchema },
        401: unauthorized,
        404: 'E_NOT_FOUND: no such invitation of yours',
        409: 'E_INVITATION_EXPIRED, E_INVITATION_ANSWERED',
        422: invalid,
      },
    },
    'POST /api/v1/webhooks/africastalking/sms-inbound': {
      summary: 'Africa’s Talking incoming message: an answer to an invitation',
      description:
        'Form-encoded, as Africa’s Talking posts incoming messages (`from`, `to`, `text`, `date`, `id`, `linkId`; only `from` and `text` are read). `YES <code>` / `NO <code>` (also OUI/NON, NDIO/HAPANA) from the invitee’s phone accepts or declines the invitation texted with that code; the invitee gets a text back. Anything else is acknowledged and ignored. With SMS_INBOUND_TOKEN set, the URL must carry `?token=`.',
      tags: ['webhooks'],
      security: [],
      request: [{ query: deliveryReportQueryValidator }, inboundSmsValidator],
      requestType: 'application/x-www-form-urlencoded',
      responses: {
        200: {
          description: 'Received; `handled` says whether it answered an invitation',
          body: z.object({ ok: z.boolean(), handled: z.boolean() }),
        },
        401: 'E_UNAUTHORIZED: SMS_INBOUND_TOKEN is set and the URL does not carry it',
        422: invalid,
      },
    },
    'GET /api/v1/admin/users': {
      summary: 'List users (admins)',
      description:
        '`q`: part of a name (any case), or three or more digits of a phone. 20 a page unless `perPage` says otherwise.',
      tags: ['admin'],
      request: listUsersValidator,
      responses: {
        200: { description: 'A page of users', body: pageSchema(adminUserSchema) },
        401: unauthorized,
        403: notAdmin,
        422: invalid,
      },
    },
    'GET /api/v1/admin/users/:id/photo': {
      summary: 'An account’s photo (admins), when `hasPhoto`',
      tags: ['admin'],
      request: userIdValidator,
      responses: {
        200: {
          description: 'The image',
          content: storedFile(['image/png', 'image/jpeg', 'image/webp']),
        },
        401: unauthorized,
        403: notAdmin,
        404: 'E_NOT_FOUND: no such user, or no photo',
        422: invalid,
      },
    },
    'POST /api/v1/admin/users': {
      summary: 'Create a user with any role (how admins and platform dispatchers are made)',
      description:
        'Dispatchers and admins without organisationId join the platform organisation. The role must fit the organisation kind (carrier: driver, dispatcher; shipper: shipper; platform: dispatcher, admin).',
      tags: ['admin'],
      request: createUserValidator,
      responses: {
        201: { description: 'Created', body: userSchema },
        401: unauthorized,
        403: notAdminOrStale,
        409: 'E_PHONE_TAKEN',
        422: 'E_VALIDATION, including an unknown organisationId or one whose kind does not fit the role',
      },
    },
    'PATCH /api/v1/admin/users/:id': {
      summary: "Change a user's name, role, language or organisation (admins)",
      tags: ['admin'],
      request: updateUserValidator,
      responses: {
        200: { description: 'User', body: adminUserSchema },
        401: unauthorized,
        403: notAdminOrStale,
        404: 'E_NOT_FOUND: no such user',
        409: 'E_OWN_ROLE: admins cannot change their own role',
        422: invalid,
      },
    },
    'POST /api/v1/admin/users/:id/suspend': adminUserAction(
      'Suspend an account (admins): no sign-in, every token and open socket ends at once; their open bids are withdrawn, the loads they drive that are not yet picked up go back to the board, and their milk routes lose their driver (a load already picked up keeps them); audited',
      { description: 'The suspended user', body: adminUserSchema },
      'E_OWN_ACCOUNT (yourself) or E_INVALID_STATE (already suspended)'
    ),
    'POST /api/v1/admin/users/:id/reinstate': adminUserAction(
      'Reinstate a suspended account (admins); it signs in again with a new code; audited',
      { description: 'The reinstated user', body: adminUserSchema },
      'E_INVALID_STATE: not suspended'
    ),
    'POST /api/v1/admin/users/:id/reveal-phone': adminUserAction(
      "Show a user's full phone number (admins); every reveal is in the audit log",
      {
        description: 'The phone',
        body: z.object({ phone: z.string().meta({ examples: ['+254712345678'] }) }),
      }
    ),
  },
}
