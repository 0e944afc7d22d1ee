import type { SmsConfig } from '#sms/sms_config'
import type SmsSender from '#sms/sms_sender'
import AfricasTalkingSmsSender from '#sms/senders/africas_talking_sms_sender'
import LogSmsSender from '#sms/senders/log_sms_sender'
import TwilioSmsSender from '#sms/senders/twilio_sms_sender'

/** The sender of the configured transport (SMS_TRANSPORT). */
export function makeSmsSender(config: SmsConfig): SmsSender {
  switch (config.transport) {
    case 'africastalking':
      return new AfricasTalkingSmsSender(config.africastalking!)
    case 'twilio':
      return new TwilioSmsSender(config.twilio!)
    default:
      return new LogSmsSender()
  }
}
