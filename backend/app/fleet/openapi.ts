import type { ApiDescription } from '#core/contract/api_description'
import { listSchema, pageSchema } from '#core/contract/response_schema'
import { storedFile, unauthorized } from '#core/contract/words'
import fleetConfig from '#config/fleet'
import { vehicleTypeSchema } from '#fleet/transformers/vehicle_type_transformer'
import { fleetReadinessSchema } from '#fleet/transformers/fleet_readiness_transformer'
import { fleetDocumentSchema } from '#fleet/transformers/fleet_document_transformer'
import {
  vehicleDetailsSchema,
  vehiclePhotoSchema,
  vehicleSchema,
} from '#fleet/transformers/vehicle_transformer'
import {
  createVehicleTypeValidator,
  listVehicleTypesValidator,
  updateVehicleTypeValidator,
} from '#fleet/validators/vehicle_type'
import {
  assignDriverValidator,
  createVehicleValidator,
  listVehiclesValidator,
  unassignDriverValidator,
  updateVehicleValidator,
  vehicleIdValidator,
  vehiclePhotoIdValidator,
  vehiclePhotoValidator,
} from '#fleet/validators/vehicle'
import {
  documentIdValidator,
  listDocumentsValidator,
  rejectDocumentValidator,
  uploadDocumentValidator,
} from '#fleet/validators/fleet_document'

const e403 = 'E_AUTHORIZATION_FAILURE: you can see it but your role may not do this'
const e404 = 'E_NOT_FOUND: no such record, or it belongs to another organisation (not revealed)'
const e422 = 'E_VALIDATION: a field is missing, out of range or malformed (`field` names it)'
const e415 = 'E_UNSUPPORTED_MEDIA_TYPE: send multipart/form-data'
const e413 = 'E_PAYLOAD_TOO_LARGE: the whole multipart body is over 20 MB'

const fileRules =
  'At most 5 MB. The bytes are checked, not the name: anything else is 422 E_VALIDATION (size/extension) or E_INVALID_FILE (content), and nothing is stored.'

export const fleetApi: ApiDescription = {
  tag: {
    name: 'fleet',
    description:
      'Vehicle types, carriers’ vehicles, photos, driver assignment, and the papers (registration card / carte grise, insurance, driving licence) an admin verifies. A vehicle takes loads only with a verified, unexpired registration card and insurance, driven by a driver of the same carrier with a verified, unexpired licence.',
  },
  operations: {
    'GET /api/v1/fleet/readiness': {
      summary: 'A driver’s checklist to a first bid: carrier, truck, papers, verification',
      description:
        'For the calling driver: the carrier they drive for, the truck nearest to bidding, the state of each paper a bid needs (missing, pending, rejected, expired, verified), whether they may bid, and how long verification usually takes.',
      responses: {
        200: { description: 'Where the driver stands', body: fleetReadinessSchema },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: drivers only',
      },
    },
    'GET /api/v1/vehicle-types': {
      summary: 'List vehicle types (any signed-in user)',
      description:
        "The types used in `country`; without it, in the caller's own country (its organisation's, else its phone's), so a fleet and a load offer only those. Admins and platform dispatchers get every type unless they name a country.",
      request: listVehicleTypesValidator,
      responses: {
        200: { description: 'Smallest first', body: listSchema(vehicleTypeSchema) },
        401: unauthorized,
        422: e422,
      },
    },
    'POST /api/v1/vehicle-types': {
      summary: 'Add a vehicle type (admin)',
      request: createVehicleTypeValidator,
      responses: {
        201: { description: 'Created', body: vehicleTypeSchema },
        401: unauthorized,
        403: e403,
        409: 'E_VEHICLE_TYPE_EXISTS: the code is taken',
        422: e422,
      },
    },
    'PATCH /api/v1/vehicle-types/:id': {
      summary: 'Correct a vehicle type (admin)',
      request: updateVehicleTypeValidator,
      responses: {
        200: { description: 'Updated', body: vehicleTypeSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        422: e422,
      },
    },
    'GET /api/v1/vehicles': {
      summary: 'List vehicles',
      description:
        "Members of a carrier (owner, dispatchers, drivers) see their carrier's active vehicles; admins and platform dispatchers see all and may filter by organisationId (admins and platform dispatchers only). `plate` matches part of the plate, any spelling. Shippers: 403.",
      request: listVehiclesValidator,
      responses: {
        200: { description: 'Newest first', body: pageSchema(vehicleSchema) },
        401: unauthorized,
        403: e403,
        422: e422,
      },
    },
    'POST /api/v1/vehicles': {
      summary: 'Register a vehicle (carrier owner or dispatcher, or admin)',
      description:
        'Created in your own carrier; admins must give organisationId (a carrier). The answer includes why the new vehicle is not yet eligible (papers missing). The plate may be written any common way; it is stored and answered upper-case without spaces or dashes ("KCA123A") and is unique platform-wide.',
      request: createVehicleValidator,
      responses: {
        201: { description: 'Registered', body: vehicleDetailsSchema },
        401: unauthorized,
        403: e403,
        404: 'E_NOT_FOUND: organisationId is not your carrier',
        409: 'E_PLATE_TAKEN: a vehicle with this plate is already registered',
        422: 'E_VALIDATION (coordinates out of range, negative capacity, bad plate...), E_UNKNOWN_VEHICLE_TYPE or E_VEHICLE_TYPE_NOT_IN_COUNTRY (vehicleTypeId: a type not used in the carrier’s country), E_NOT_A_CARRIER (organisationId)',
      },
    },
    'GET /api/v1/vehicles/:id': {
      summary: 'A vehicle with its papers, drivers and eligibility',
      request: vehicleIdValidator,
      responses: {
        200: { description: 'The vehicle', body: vehicleDetailsSchema },
        401: unauthorized,
        404: e404,
        422: e422,
      },
    },
    'PATCH /api/v1/vehicles/:id': {
      summary: 'Edit a vehicle (carrier owner or dispatcher, or admin)',
      description: 'A null override goes back to the vehicle type’s capacity.',
      request: updateVehicleValidator,
      responses: {
        200: { description: 'Updated', body: vehicleDetailsSchema },
        401: unauthorized,
        403: 'E_AUTHORIZATION_FAILURE: drivers and platform dispatchers only read',
        404: e404,
        409: 'E_PLATE_TAKEN',
        422: 'E_VALIDATION, E_UNKNOWN_VEHICLE_TYPE',
      },
    },
    'DELETE /api/v1/vehicles/:id': {
      summary: 'Archive a vehicle',
      description:
        'It leaves lists, can no longer take loads, and its drivers are unassigned. Its history stays.',
      request: vehicleIdValidator,
      responses: {
        204: 'Archived',
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_VEHICLE_BUSY: it is on an order under way (named)',
      },
    },
    'POST /api/v1/vehicles/:id/photos': {
      summary: 'Add a photo (JPEG, PNG or WebP)',
      description: `${fileRules} At most ${fleetConfig.maxPhotosPerVehicle} photos per vehicle.`,
      request: vehiclePhotoValidator,
      responses: {
        201: { description: 'Stored', body: vehiclePhotoSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_TOO_MANY_PHOTOS',
        413: e413,
        415: e415,
        422: 'E_VALIDATION (missing, too large, wrong extension), E_INVALID_FILE (content)',
      },
    },
    'GET /api/v1/vehicles/:id/photos/:photoId': {
      summary: 'The photo itself',
      request: vehiclePhotoIdValidator,
      responses: {
        200: { description: 'The image', content: storedFile(fleetConfig.uploads.photoMimeTypes) },
        401: unauthorized,
        404: e404,
      },
    },
    'DELETE /api/v1/vehicles/:id/photos/:photoId': {
      summary: 'Delete a photo',
      request: vehiclePhotoIdValidator,
      responses: { 204: 'Deleted', 401: unauthorized, 403: e403, 404: e404 },
    },
    'POST /api/v1/vehicles/:id/drivers': {
      summary: 'Assign a driver of the same carrier',
      description:
        'A vehicle may have several drivers; a driver drives one vehicle at a time (unassign first to move them). Assigning the same pair again is a no-op.',
      request: assignDriverValidator,
      responses: {
        200: { description: 'The vehicle with its drivers', body: vehicleDetailsSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_DRIVER_ALREADY_ASSIGNED: the driver drives another vehicle (named)',
        422: 'E_DRIVER_NOT_IN_CARRIER: not a driver of this carrier; E_VALIDATION',
      },
    },
    'DELETE /api/v1/vehicles/:id/drivers/:driverId': {
      summary: 'Unassign a driver',
      request: unassignDriverValidator,
      responses: {
        204: 'Unassigned',
        401: unauthorized,
        403: e403,
        404: 'E_NOT_FOUND: no such vehicle, or the driver does not drive it',
        409: 'E_DRIVER_BUSY: the driver hauls an order with this vehicle (named)',
      },
    },
    'GET /api/v1/documents': {
      summary: 'List papers',
      description:
        "A carrier's owner and dispatchers see its vehicles' papers and its drivers' licences; its drivers see the vehicles' papers and their own licence; admins and platform dispatchers see all (`?status=pending` is the admins' review queue). `organisationId` is the carrier, `country` the carrier's country, `expiringWithinDays` keeps papers expiring from today to that many days ahead; `sort` is newest uploads first (the default), oldest first (the review queue) or soonest expiry first. Shippers: 403.",
      request: listDocumentsValidator,
      responses: {
        200: { description: 'In the order `sort` asks', body: pageSchema(fleetDocumentSchema) },
        401: unauthorized,
        403: e403,
        422: e422,
      },
    },
    'POST /api/v1/documents': {
      summary: 'Upload a registration card, insurance certificate or driving licence',
      description: `Registration cards and insurance need vehicleId (carrier owner/dispatcher or admin). A driving licence takes driverId, or is the signed-in driver's own. \`expiresOn\` is YYYY-MM-DD, today or later. It starts pending until an admin verifies it. ${fileRules}`,
      request: uploadDocumentValidator,
      responses: {
        201: { description: 'Stored, pending review', body: fleetDocumentSchema },
        401: unauthorized,
        403: e403,
        404: 'E_NOT_FOUND: the vehicle or driver does not exist or is another carrier’s',
        413: e413,
        415: e415,
        422: 'E_VALIDATION (past expiry, unknown kind, file too large or wrong extension...), E_INVALID_FILE (content is not an image or PDF), E_DOCUMENT_OWNER_MISMATCH (kind vs vehicleId/driverId)',
      },
    },
    'GET /api/v1/documents/:id': {
      summary: 'A document',
      request: documentIdValidator,
      responses: {
        200: { description: 'The document', body: fleetDocumentSchema },
        401: unauthorized,
        404: e404,
        422: e422,
      },
    },
    'GET /api/v1/documents/:id/file': {
      summary: 'The scanned file',
      request: documentIdValidator,
      responses: {
        200: {
          description: 'The file, inline',
          content: storedFile(fleetConfig.uploads.documentMimeTypes),
        },
        401: unauthorized,
        404: e404,
      },
    },
    'POST /api/v1/documents/:id/verify': {
      summary: 'Verify a pending document (admin)',
      request: documentIdValidator,
      responses: {
        200: { description: 'Verified', body: fleetDocumentSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_INVALID_STATE: not pending (the message names its status); E_DOCUMENT_EXPIRED',
      },
    },
    'POST /api/v1/documents/:id/reject': {
      summary: 'Reject a pending or verified document (admin)',
      description: 'The reason is shown to the carrier in the vehicle’s eligibility.',
      request: rejectDocumentValidator,
      responses: {
        200: { description: 'Rejected', body: fleetDocumentSchema },
        401: unauthorized,
        403: e403,
        404: e404,
        409: 'E_INVALID_STATE: already rejected',
        422: e422,
      },
    },
  },
}
