// Per-order chat: history, sending (text, photo, voice note), read receipts, attachments.
import router from '@adonisjs/core/services/router'
import { middleware } from '#start/kernel'

const ChatMessagesController = () => import('#chat/controllers/chat_messages_controller')

router
  .group(() => {
    router.get('/orders/:id/chat/messages', [ChatMessagesController, 'index'])
    router.post('/orders/:id/chat/messages', [ChatMessagesController, 'store'])
    router.post('/orders/:id/chat/read', [ChatMessagesController, 'read'])
    router.get('/orders/:id/chat/messages/:messageId/attachment', [
      ChatMessagesController,
      'attachment',
    ])
  })
  .prefix('/api/v1')
  .use(middleware.auth())
