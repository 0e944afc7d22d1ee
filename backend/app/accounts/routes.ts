// Sign-in by phone and one-time code, profile, organisations, admin users.
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'
import { outsideProtocol } from '#core/http/outside_protocol'
import {
  otpRequestByIp,
  otpRequestByPhone,
  otpVerifyByIp,
  otpVerifyByPhone,
  photoUploadByUser,
} from '#start/limiter'

const OtpController = () => import('#accounts/controllers/otp_controller')
const SessionController = () => import('#accounts/controllers/session_controller')
const ProfileController = () => import('#accounts/controllers/profile_controller')
const OrganisationsController = () => import('#accounts/controllers/organisations_controller')
const AdminUsersController = () => import('#accounts/controllers/admin_users_controller')
const InvitationsController = () => import('#accounts/controllers/invitations_controller')
const SmsInboundController = () => import('#accounts/controllers/sms_inbound_controller')

router
  .group(() => {
    router
      .post('/auth/otp/request', [OtpController, 'request'])
      .use([otpRequestByIp, otpRequestByPhone])
    // Africa's Talking's incoming messages (form-encoded), verified by its own token.
    outsideProtocol(
      router.post('/webhooks/africastalking/sms-inbound', [SmsInboundController, 'store'])
    )
    router
      .post('/auth/otp/verify', [OtpController, 'verify'])
      .use([otpVerifyByIp, otpVerifyByPhone])

    router
      .group(() => {
        router.post('/auth/logout', [SessionController, 'destroy'])
        router.get('/me', [ProfileController, 'show'])
        router.patch('/me', [ProfileController, 'update'])
        router.post('/me/photo', [ProfileController, 'storePhoto']).use(photoUploadByUser)
        router.get('/me/photo', [ProfileController, 'showPhoto'])
        router.delete('/me/photo', [ProfileController, 'destroyPhoto'])

        router.post('/organisations', [OrganisationsController, 'store'])
        router.get('/organisations/:id', [OrganisationsController, 'show'])
        router.post('/organisations/:id/members', [OrganisationsController, 'addMember'])
        router.delete('/organisations/:id/members/:userId', [
          OrganisationsController,
          'removeMember',
        ])
        router.get('/organisations/:id/members/:userId/photo', [
          OrganisationsController,
          'memberPhoto',
        ])
        router.get('/organisations/:id/invitations', [OrganisationsController, 'invitations'])

        router.get('/invitations', [InvitationsController, 'index'])
        router.post('/invitations/:id/accept', [InvitationsController, 'accept'])
        router.post('/invitations/:id/decline', [InvitationsController, 'decline'])

        router.get('/admin/users', [AdminUsersController, 'index'])
        router.get('/admin/users/:id/photo', [AdminUsersController, 'photo'])
        // Changing someone's access or seeing their phone needs a recent sign-in.
        router
          .group(() => {
            router.post('/admin/users', [AdminUsersController, 'store'])
            router.patch('/admin/users/:id', [AdminUsersController, 'update'])
            router.post('/admin/users/:id/suspend', [AdminUsersController, 'suspend'])
            router.post('/admin/users/:id/reinstate', [AdminUsersController, 'reinstate'])
            router.post('/admin/users/:id/reveal-phone', [AdminUsersController, 'revealPhone'])
          })
          .use(middleware.recentSignIn())
      })
      .use(middleware.auth())
  })
  .prefix('/api/v1')
