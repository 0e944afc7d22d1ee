import type { OpenApiFragment } from '#core/openapi/fragment'
import { error, json, pageMeta, ref, unauthorized } from '#core/openapi/shared'
import { ORGANISATION_KINDS } from '#accounts/models/organisation'
import { ROLES } from '#accounts/models/user'
const bearer = [{ bearerAuth: [] }]

const phone = {
  type: 'string',
  example: '+254712345678',
  description:
    'Mobile number of Senegal, Kenya, Tanzania or Uganda, in any common format; answered in E.164. Anything else: 422 with field "phone".',
}

const common = {
  401: unauthorized,
  422: error('E_VALIDATION: a field is missing, has the wrong type or format (field names it)'),
}

const rateLimited = {
  description:
    'E_TOO_MANY_REQUESTS: rate limit per phone or per IP reached; the Retry-After header gives the seconds to wait',
  headers: { 'Retry-After': { schema: { type: 'integer' } } },
  ...json(ref('Errors')),
}

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer' } }

/** POST /admin/users/{id}/<action> {reason}: the reason goes into the audit log. */
function adminUserAction(
  summary: string,
  ok: Record<number, unknown>,
  conflict?: string
): Record<string, unknown> {
  return {
    post: {
      tags: ['admin'],
      summary,
      security: bearer,
      parameters: [idParam],
      requestBody: json({
        type: 'object',
        required: ['reason'],
        properties: { reason: { type: 'string', minLength: 3, maxLength: 500 } },
      }),
      responses: {
        ...ok,
        401: common[401],
        403: error('E_AUTHORIZATION_FAILURE: not an admin'),
        404: error('E_NOT_FOUND'),
        ...(conflict ? { 409: error(conflict) } : {}),
        422: common[422],
      },
    },
  }
}

export const accountsOpenApi: OpenApiFragment = {
  tags: [
    { name: 'accounts', description: 'Sign-in by phone and one-time code, profile, organisations' },
    { name: 'admin', description: 'Operators: users and roles' },
  ],
  schemas: {
    OrganisationSummary: {
      type: 'object',
      required: ['id', 'name', 'kind', 'country'],
      properties: {
        id: { type: 'integer' },
        name: { type: 'string' },
        kind: { type: 'string', enum: [...ORGANISATION_KINDS] },
        country: { type: 'string', enum: ['SN', 'KE', 'TZ', 'UG'] },
      },
    },
    User: {
      type: 'object',
      required: ['id', 'phone', 'name', 'role', 'locale', 'organisation', 'createdAt'],
      properties: {
        id: { type: 'integer' },
        phone: { type: 'string', example: '+254712345678' },
        name: { type: 'string', nullable: true },
        role: { type: 'string', enum: [...ROLES] },
        locale: { type: 'string', enum: ['en', 'fr', 'sw'] },
        organisation: { allOf: [ref('OrganisationSummary')], nullable: true },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
    AdminUser: {
      allOf: [
        ref('User'),
        {
          type: 'object',
          required: ['suspendedAt', 'suspensionReason'],
          properties: {
            phone: {
              type: 'string',
              example: '+254•••••••78',
              description: 'Masked: POST /admin/users/{id}/reveal-phone shows it (and logs that)',
            },
            suspendedAt: { type: 'string', format: 'date-time', nullable: true },
            suspensionReason: { type: 'string', nullable: true },
          },
        },
      ],
    },
    Organisation: {
      allOf: [
        ref('OrganisationSummary'),
        {
          type: 'object',
          properties: {
            ownerId: { type: 'integer', nullable: true },
            createdAt: { type: 'string', format: 'date-time' },
            members: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'integer' },
                  phone: { type: 'string' },
                  name: { type: 'string', nullable: true },
                  role: { type: 'string', enum: [...ROLES] },
                },
              },
            },
          },
        },
      ],
    },
    Invitation: {
      type: 'object',
      required: [
        'id',
        'organisation',
        'role',
        'status',
        'invitedBy',
        'expiresAt',
        'answeredAt',
        'createdAt',
      ],
      properties: {
        id: { type: 'integer' },
        organisation: ref('OrganisationSummary'),
        role: { type: 'string', enum: [...ROLES] },
        status: { type: 'string', enum: ['pending', 'accepted', 'declined', 'expired'] },
        invitedBy: {
          type: ['object', 'null'],
          properties: { id: { type: 'integer' }, name: { type: ['string', 'null'] } },
        },
        invitee: {
          description:
            'Only on the organisation side (GET /organisations/{id}/invitations, POST .../members).',
          type: 'object',
          properties: {
            id: { type: 'integer' },
            phone: { type: 'string' },
            name: { type: ['string', 'null'] },
            role: { type: 'string', enum: [...ROLES] },
          },
        },
        expiresAt: { type: 'string', format: 'date-time' },
        answeredAt: { type: ['string', 'null'], format: 'date-time' },
        createdAt: { type: 'string', format: 'date-time' },
      },
    },
  },
  paths: {
    '/api/v1/auth/otp/request': {
      post: {
        tags: ['accounts'],
        summary: 'Send a 6-digit sign-in code by SMS',
        description:
          "Any earlier code of the phone stops working. The text is in the user's language (or the country's: fr for Senegal, sw for Tanzania, en otherwise). Limits: 5 per phone and source address per 15 minutes, 60 per address per 10 minutes.",
        requestBody: json({ type: 'object', required: ['phone'], properties: { phone } }),
        responses: {
          202: {
            description: 'Code sent',
            ...json({
              type: 'object',
              properties: {
                phone: { type: 'string', example: '+254712345678' },
                expiresIn: { type: 'integer', example: 300, description: 'seconds' },
              },
            }),
          },
          422: common[422],
          429: rateLimited,
          502: error('E_SMS_FAILED: the SMS provider did not take the text; try again'),
        },
      },
    },
    '/api/v1/auth/otp/verify': {
      post: {
        tags: ['accounts'],
        summary: 'Sign in with the code; returns an access token',
        description:
          'Creates the user on first sign-in, taking `name` and `role` (shipper or driver; default shipper). Later sign-ins ignore `role`. Dispatchers and admins are made by an admin: asking for them is a 422. A code burns after 5 wrong tries. Every failed check answers the same 400 E_INVALID_CODE, whether the code is wrong, expired, used, burnt or was never asked for. Limits: 10 per phone and source address per 15 minutes, 120 per address per 10 minutes.',
        requestBody: json({
          type: 'object',
          required: ['phone', 'code'],
          properties: {
            phone,
            code: { type: 'string', pattern: '^\\d{6}$', example: '123456' },
            name: { type: 'string', maxLength: 120 },
            role: { type: 'string', enum: ['shipper', 'driver'], default: 'shipper' },
          },
        }),
        responses: {
          200: {
            description: 'Signed in',
            ...json({
              type: 'object',
              properties: {
                token: { type: 'string', example: 'njia_…', description: 'Bearer token' },
                user: ref('User'),
              },
            }),
          },
          400: error(
            'E_INVALID_CODE, whatever the reason (wrong, expired, used, burnt, superseded or no code)'
          ),
          403: error('E_ACCOUNT_SUSPENDED: an admin suspended this account'),
          422: common[422],
          429: rateLimited,
        },
      },
    },
    '/api/v1/auth/logout': {
      post: {
        tags: ['accounts'],
        summary: 'Revoke the token used for this request',
        security: bearer,
        responses: { 204: { description: 'Revoked; later use answers 401' }, 401: common[401] },
      },
    },
    '/api/v1/me': {
      get: {
        tags: ['accounts'],
        summary: 'The signed-in user',
        security: bearer,
        responses: { 200: { description: 'User', ...json(ref('User')) }, 401: common[401] },
      },
      patch: {
        tags: ['accounts'],
        summary: 'Change your name or language',
        security: bearer,
        requestBody: json({
          type: 'object',
          properties: {
            name: { type: 'string', maxLength: 120 },
            locale: { type: 'string', enum: ['en', 'fr', 'sw'] },
          },
        }),
        responses: {
          200: { description: 'User', ...json(ref('User')) },
          401: common[401],
          422: common[422],
        },
      },
    },
    '/api/v1/organisations': {
      post: {
        tags: ['accounts'],
        summary: 'Found an organisation and become its owner',
        description:
          'For a shipper or driver without an organisation. Kind follows the role: driver → carrier, shipper → shipper.',
        security: bearer,
        requestBody: json({
          type: 'object',
          required: ['name', 'country'],
          properties: {
            name: { type: 'string', minLength: 2, maxLength: 160 },
            country: { type: 'string', enum: ['SN', 'KE', 'TZ', 'UG'] },
          },
        }),
        responses: {
          201: { description: 'Created', ...json(ref('Organisation')) },
          401: common[401],
          403: error('E_AUTHORIZATION_FAILURE: dispatchers and admins do not found organisations'),
          409: error('E_ALREADY_IN_ORGANISATION'),
          422: common[422],
        },
      },
    },
    '/api/v1/organisations/{id}': {
      get: {
        tags: ['accounts'],
        summary: 'An organisation you belong to, with its members',
        security: bearer,
        parameters: [idParam],
        responses: {
          200: { description: 'Organisation', ...json(ref('Organisation')) },
          401: common[401],
          404: error('E_NOT_FOUND: no such organisation, or you are not a member (admins see all)'),
        },
      },
    },
    '/api/v1/organisations/{id}/members': {
      post: {
        tags: ['accounts'],
        summary: 'Add a member by phone: a new account, or an invitation to someone who has one',
        description:
          'An unknown phone becomes a new account in the organisation (201, the member). Someone who already has an account is never added by others: they get an invitation by SMS and in the app (202, the invitation) and join only when they accept it, before INVITATION_TTL_HOURS (72); until then the organisation sees nothing of theirs. The owner or a dispatcher adds members; only the owner (or an admin) adds dispatchers. Roles by kind: carrier → driver or dispatcher, shipper → shipper, cooperative → dispatcher, clerk or grader. The platform organisation is managed through the admin endpoints.',
        security: bearer,
        parameters: [idParam],
        requestBody: json({
          type: 'object',
          required: ['phone', 'role'],
          properties: {
            phone,
            role: { type: 'string', enum: ['driver', 'dispatcher', 'shipper', 'clerk', 'grader'] },
            name: { type: 'string', maxLength: 120 },
          },
        }),
        responses: {
          201: { description: 'The new member (the phone had no account)', ...json(ref('User')) },
          202: {
            description: 'The invitation sent (the person has an account)',
            ...json(ref('Invitation')),
          },
          401: common[401],
          403: error(
            'E_AUTHORIZATION_FAILURE: a member who is neither owner nor dispatcher, or a dispatcher adding a dispatcher'
          ),
          404: error('E_NOT_FOUND: not your organisation'),
          409: error(
            'E_ALREADY_IN_ORGANISATION (the person belongs to one), E_ROLE_CONFLICT (registered with another role), E_ALREADY_INVITED (an invitation waits for their answer)'
          ),
          422: error('E_VALIDATION, including a role that does not fit the organisation kind'),
        },
      },
    },
    '/api/v1/organisations/{id}/members/{userId}': {
      delete: {
        tags: ['accounts'],
        summary: 'Leave the organisation (your own id) or remove a member',
        description:
          'A member may leave; the owner removes anyone, a dispatcher anyone but dispatchers. The owner stays. The member loses the organisation at once: its rooms, orders and fleet, on every API node.',
        security: bearer,
        parameters: [
          idParam,
          { name: 'userId', in: 'path', required: true, schema: { type: 'integer' } },
        ],
        responses: {
          204: { description: 'Left or removed' },
          401: common[401],
          403: error('E_AUTHORIZATION_FAILURE: not allowed to remove this member'),
          404: error('E_NOT_FOUND: not your organisation, or no such member of it'),
          409: error('E_OWNER_STAYS: the owner cannot leave or be removed'),
          422: common[422],
        },
      },
    },
    '/api/v1/organisations/{id}/invitations': {
      get: {
        tags: ['accounts'],
        summary:
          'Invitations the organisation sent in the last 30 days (owner, dispatchers, admins)',
        security: bearer,
        parameters: [idParam],
        responses: {
          200: {
            description: 'Newest first',
            ...json({
              type: 'object',
              properties: { data: { type: 'array', items: ref('Invitation') } },
            }),
          },
          401: common[401],
          403: error('E_AUTHORIZATION_FAILURE: a member who does not run the organisation'),
          404: error('E_NOT_FOUND: not your organisation'),
          422: common[422],
        },
      },
    },
    '/api/v1/invitations': {
      get: {
        tags: ['accounts'],
        summary: 'Your invitations waiting for an answer (not expired), newest first',
        security: bearer,
        responses: {
          200: {
            description: 'Pending invitations',
            ...json({
              type: 'object',
              properties: { data: { type: 'array', items: ref('Invitation') } },
            }),
          },
          401: common[401],
        },
      },
    },
    '/api/v1/invitations/{id}/accept': {
      post: {
        tags: ['accounts'],
        summary: 'Accept an invitation: join the organisation in the invited role',
        security: bearer,
        parameters: [idParam],
        responses: {
          200: { description: 'The invitation, accepted', ...json(ref('Invitation')) },
          401: common[401],
          404: error('E_NOT_FOUND: no such invitation of yours'),
          409: error(
            'E_INVITATION_EXPIRED, E_INVITATION_ANSWERED (accepted or declined before), E_ALREADY_IN_ORGANISATION (leave yours first), E_ROLE_CONFLICT (your role changed since)'
          ),
          422: common[422],
        },
      },
    },
    '/api/v1/invitations/{id}/decline': {
      post: {
        tags: ['accounts'],
        summary: 'Decline an invitation',
        security: bearer,
        parameters: [idParam],
        responses: {
          200: { description: 'The invitation, declined', ...json(ref('Invitation')) },
          401: common[401],
          404: error('E_NOT_FOUND: no such invitation of yours'),
          409: error('E_INVITATION_EXPIRED, E_INVITATION_ANSWERED'),
          422: common[422],
        },
      },
    },
    '/api/v1/webhooks/africastalking/sms-inbound': {
      post: {
        tags: ['webhooks'],
        summary: 'Africa’s Talking incoming message: an answer to an invitation',
        description:
          'Form-encoded, as Africa’s Talking posts incoming messages (`from`, `to`, `text`, `date`, `id`, `linkId`). `YES <code>` / `NO <code>` (also OUI/NON, NDIO/HAPANA) from the invitee’s phone accepts or declines the invitation texted with that code; the invitee gets a text back. Anything else is acknowledged and ignored. With SMS_INBOUND_TOKEN set, the URL must carry `?token=`.',
        parameters: [{ name: 'token', in: 'query', schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['from', 'text'],
                properties: {
                  from: { type: 'string', example: '+254712345678' },
                  to: { type: 'string', example: '22384' },
                  text: { type: 'string', example: 'YES K7F3Q9' },
                  date: { type: 'string' },
                  id: { type: 'string' },
                  linkId: { type: 'string' },
                },
              },
            },
          },
        },
        responses: {
          200: {
            description: 'Received; `handled` says whether it answered an invitation',
            ...json({
              type: 'object',
              properties: { ok: { type: 'boolean' }, handled: { type: 'boolean' } },
            }),
          },
          401: error('E_UNAUTHORIZED: SMS_INBOUND_TOKEN is set and the URL does not carry it'),
          422: common[422],
        },
      },
    },
    '/api/v1/admin/users': {
      get: {
        tags: ['admin'],
        summary: 'List users (admins)',
        security: bearer,
        parameters: [
          {
            name: 'role',
            in: 'query',
            schema: { type: 'string', enum: [...ROLES] },
          },
          {
            name: 'q',
            in: 'query',
            description: 'Part of a name (any case), or three or more digits of a phone',
            schema: { type: 'string', maxLength: 60 },
          },
          { name: 'organisationId', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'suspended', in: 'query', schema: { type: 'boolean' } },
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
          {
            name: 'perPage',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
          },
        ],
        responses: {
          200: {
            description: 'A page of users',
            ...json({
              type: 'object',
              properties: {
                data: { type: 'array', items: ref('AdminUser') },
                meta: pageMeta,
              },
            }),
          },
          401: common[401],
          403: error('E_AUTHORIZATION_FAILURE: not an admin'),
          422: common[422],
        },
      },
      post: {
        tags: ['admin'],
        summary: 'Create a user with any role (how admins and platform dispatchers are made)',
        description:
          'Dispatchers and admins without organisationId join the platform organisation. The role must fit the organisation kind (carrier: driver, dispatcher; shipper: shipper; platform: dispatcher, admin).',
        security: bearer,
        requestBody: json({
          type: 'object',
          required: ['phone', 'name', 'role'],
          properties: {
            phone,
            name: { type: 'string', maxLength: 120 },
            role: { type: 'string', enum: [...ROLES] },
            locale: { type: 'string', enum: ['en', 'fr', 'sw'] },
            organisationId: { type: 'integer' },
          },
        }),
        responses: {
          201: { description: 'Created', ...json(ref('User')) },
          401: common[401],
          403: error('E_AUTHORIZATION_FAILURE: not an admin'),
          409: error('E_PHONE_TAKEN'),
          422: error(
            'E_VALIDATION, including an unknown organisationId or one whose kind does not fit the role'
          ),
        },
      },
    },
    '/api/v1/admin/users/{id}': {
      patch: {
        tags: ['admin'],
        summary: "Change a user's name, role, language or organisation (admins)",
        security: bearer,
        parameters: [idParam],
        requestBody: json({
          type: 'object',
          properties: {
            name: { type: 'string', maxLength: 120 },
            role: { type: 'string', enum: [...ROLES] },
            locale: { type: 'string', enum: ['en', 'fr', 'sw'] },
            organisationId: { type: 'integer', nullable: true },
          },
        }),
        responses: {
          200: { description: 'User', ...json(ref('AdminUser')) },
          401: common[401],
          403: error('E_AUTHORIZATION_FAILURE: not an admin'),
          404: error('E_NOT_FOUND'),
          409: error('E_OWN_ROLE: admins cannot change their own role'),
          422: common[422],
        },
      },
    },
    '/api/v1/admin/users/{id}/suspend': adminUserAction(
      'Suspend an account (admins): no sign-in, every token and open socket ends at once; audited',
      { 200: { description: 'The suspended user', ...json(ref('AdminUser')) } },
      'E_OWN_ACCOUNT (yourself) or E_INVALID_STATE (already suspended)'
    ),
    '/api/v1/admin/users/{id}/reinstate': adminUserAction(
      'Reinstate a suspended account (admins); it signs in again with a new code; audited',
      { 200: { description: 'The reinstated user', ...json(ref('AdminUser')) } },
      'E_INVALID_STATE: not suspended'
    ),
    '/api/v1/admin/users/{id}/reveal-phone': adminUserAction(
      "Show a user's full phone number (admins); every reveal is in the audit log",
      {
        200: {
          description: 'The phone',
          ...json({ type: 'object', required: ['phone'], properties: { phone } }),
        },
      }
    ),
  },
}
