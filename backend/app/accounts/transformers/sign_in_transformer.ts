import type User from '#accounts/models/user'
import type { Capability } from '#accounts/services/user_capabilities'
import UserTransformer, { meSchema } from '#accounts/transformers/user_transformer'
import { named, z } from '#core/contract/response_schema'

export const codeSentSchema = named(
  'CodeSent',
  z.object({
    phone: z.string().meta({ description: 'E.164', examples: ['+254712345678'] }),
    expiresIn: z
      .number()
      .int()
      .meta({ description: 'Seconds', examples: [300] }),
  })
)

export const signedInSchema = named(
  'SignedIn',
  z.object({
    token: z.string().meta({ description: 'Bearer token', examples: ['njia_…'] }),
    user: meSchema,
  })
)

/** The answer to a good code: the access token and who it signs in. */
export default class SignInTransformer {
  static toJSON(
    token: string,
    user: User,
    capabilities: Capability[]
  ): z.infer<typeof signedInSchema> {
    return { token, user: UserTransformer.me(user, capabilities) }
  }
}
