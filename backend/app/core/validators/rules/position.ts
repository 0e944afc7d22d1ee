import vine from '@vinejs/vine'
import { number, textNumber } from '#core/validators/rules/number'

/** WGS 84 degrees in a JSON body. */
export const latitude = () => number().min(-90).max(90)
export const longitude = () => number().min(-180).max(180)

/** `{ lat, lng }` in WGS 84 degrees. */
export const point = () => vine.object({ lat: latitude(), lng: longitude() })

/** WGS 84 degrees written as text (a query string or a multipart field). */
export const textLatitude = () => textNumber().min(-90).max(90)
export const textLongitude = () => textNumber().min(-180).max(180)
export const textPoint = () => vine.object({ lat: textLatitude(), lng: textLongitude() })
