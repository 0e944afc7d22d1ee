import { localeSchema } from '#core/contract/enums'
import { named, z } from '#core/contract/response_schema'
import { PAYMENT_PROVIDERS, type PaymentProviderName } from '#money/payment_providers'

export const webConfigSchema = named(
  'WebConfig',
  z.object({
    tileUrl: z.string().meta({
      description: 'Leaflet tile URL template with {s}, {z}, {x}, {y} placeholders (MAP_TILE_URL)',
      examples: ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png'],
    }),
    defaultCountry: z.string().meta({
      description:
        'ISO 3166-1 alpha-2 country assumed for phone numbers and maps (DEFAULT_COUNTRY)',
      examples: ['KE'],
    }),
    locales: z.array(localeSchema).meta({ description: 'Interface languages' }),
    paymentSimulators: z
      .array(z.enum(Object.keys(PAYMENT_PROVIDERS) as [PaymentProviderName]))
      .meta({
        description:
          'Pay-in providers that are their development simulator (make dev; never in production): the Pay step links to the development phone for them',
      }),
  })
)

/** The web app's public settings (config/web.ts) as GET /api/v1/config answers them. */
export default class WebConfigTransformer {
  static toJSON(config: z.infer<typeof webConfigSchema>): z.infer<typeof webConfigSchema> {
    return {
      tileUrl: config.tileUrl,
      defaultCountry: config.defaultCountry,
      locales: config.locales,
      paymentSimulators: config.paymentSimulators,
    }
  }
}
