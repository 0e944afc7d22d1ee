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
    { name: 'dev', description: 'Development helpers (never in production)' },
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
    SmsOutboxMessage: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        to: { type: 'string' },
        body: { type: 'string' },
        transport: { type: 'string', enum: ['log', 'africastalking', 'twilio'] },
        status: { type: 'string', enum: ['logged', 'sent', 'failed'] },
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
        summary: 'Add a member by phone (owner or dispatcher of the organisation, or an admin)',
        description:
          'Creates the user when the phone is unknown. Roles by kind: carrier → driver or dispatcher, shipper → shipper. The platform organisation is managed through the admin endpoints.',
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
          201: { description: 'The member', ...json(ref('User')) },
          401: common[401],
          403: error('E_AUTHORIZATION_FAILURE: a member who is neither owner nor dispatcher'),
          404: error('E_NOT_FOUND: not your organisation'),
          409: error(
            'E_ALREADY_IN_ORGANISATION (the person belongs to one), E_ROLE_CONFLICT (registered with another role)'
          ),
          422: error('E_VALIDATION, including a role that does not fit the organisation kind'),
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
        summary: 'Create a user with any role (the only way to make dispatchers and admins)',
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
    '/api/v1/dev/outbox': {
      get: {
        tags: ['dev'],
        summary: 'Texts the log SMS transport kept, newest first',
        description:
          'Only when SMS_TRANSPORT=log and NODE_ENV is not production; 404 otherwise. Demos and end-to-end tests read sign-in codes here.',
        parameters: [{ name: 'to', in: 'query', schema: phone }],
        responses: {
          200: {
            description: 'Messages',
            ...json({
              type: 'object',
              properties: { data: { type: 'array', items: ref('SmsOutboxMessage') } },
            }),
          },
          404: error('E_NOT_FOUND: outbox disabled'),
          422: common[422],
        },
      },
    },
  },
}
