export type SmsTransport = 'log' | 'africastalking' | 'twilio'

export interface AfricasTalkingConfig {
  username: string
  apiKey: string
  senderId?: string
  baseUrl: string
}

export interface TwilioConfig {
  accountSid: string
  authToken: string
  from: string
  baseUrl: string
}

export interface SmsConfig {
  transport: SmsTransport
  africastalking?: AfricasTalkingConfig
  twilio?: TwilioConfig
}

export const AT_LIVE_URL = 'https://api.africastalking.com'
export const AT_SANDBOX_URL = 'https://api.sandbox.africastalking.com'
export const TWILIO_URL = 'https://api.twilio.com'

/**
 * Builds the SMS configuration from environment values and refuses to boot
 * when the chosen transport lacks its credentials, naming what is missing.
 */
export function resolveSmsConfig(read: (name: string) => string | undefined): SmsConfig {
  const transport = (read('SMS_TRANSPORT') ?? 'log') as SmsTransport

  const requireAll = (names: string[]) => {
    const missing = names.filter((name) => !read(name))
    if (missing.length > 0) {
      throw new Error(
        `SMS_TRANSPORT=${transport} needs ${missing.join(', ')}. ` +
          'Set them in the environment (see .env.example) or use SMS_TRANSPORT=log.'
      )
    }
  }

  if (transport === 'africastalking') {
    requireAll(['AT_USERNAME', 'AT_API_KEY'])
    const username = read('AT_USERNAME')!
    return {
      transport,
      africastalking: {
        username,
        apiKey: read('AT_API_KEY')!,
        senderId: read('AT_SENDER_ID') || undefined,
        baseUrl: read('AT_BASE_URL') || (username === 'sandbox' ? AT_SANDBOX_URL : AT_LIVE_URL),
      },
    }
  }

  if (transport === 'twilio') {
    requireAll(['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM'])
    return {
      transport,
      twilio: {
        accountSid: read('TWILIO_ACCOUNT_SID')!,
        authToken: read('TWILIO_AUTH_TOKEN')!,
        from: read('TWILIO_FROM')!,
        baseUrl: read('TWILIO_BASE_URL') || TWILIO_URL,
      },
    }
  }

  return { transport: 'log' }
}
