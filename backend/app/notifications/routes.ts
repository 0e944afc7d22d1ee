// Notifications: the user's own list, preferences, push devices; the dev push outbox.
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const NotificationsController = () => import('#notifications/controllers/notifications_controller')
const NotificationPreferencesController = () =>
  import('#notifications/controllers/notification_preferences_controller')
const PushDevicesController = () => import('#notifications/controllers/push_devices_controller')
const PushOutboxController = () => import('#notifications/controllers/push_outbox_controller')

router
  .group(() => {
    router.get('/notifications', [NotificationsController, 'index'])
    router.get('/notifications/unread-count', [NotificationsController, 'unreadCount'])
    router.post('/notifications/read', [NotificationsController, 'markRead'])
    router.get('/notifications/preferences', [NotificationPreferencesController, 'show'])
    router.patch('/notifications/preferences', [NotificationPreferencesController, 'update'])
    router.post('/push/devices', [PushDevicesController, 'store'])
    router.delete('/push/devices', [PushDevicesController, 'destroy'])
  })
  .prefix('/api/v1')
  .use(middleware.auth())

router.get('/api/v1/push/config', [PushDevicesController, 'config'])
router.get('/api/v1/dev/outbox/push', [PushOutboxController, 'index'])
