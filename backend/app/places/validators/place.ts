import vine from '@vinejs/vine'
import { queryText } from '#core/validators/rules/text'
import { textLatitude, textLongitude } from '#core/validators/rules/position'

/** `GET /places?q=Touba`: what the person typed in an address field. */
export const searchPlacesValidator = vine.create({
  q: queryText({ min: 2, max: 200 }),
})

/** `GET /places/nearest?lat=14.86&lng=-15.87&address=Marché Ocass, Touba` */
export const nearestPlaceValidator = vine.create({
  lat: textLatitude(),
  lng: textLongitude(),
  address: queryText({ max: 300 }).optional(),
})
