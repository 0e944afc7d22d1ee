import type { components } from '../api/openapi';
import type { Body } from '../api/api-client';

type Schemas = components['schemas'];

/** Wire shapes of the Socket.IO contract (docs/realtime.md). */

export type SocketState = 'connected' | 'connecting' | 'offline';

/** A refusal reads like one entry of REST's `{ errors: [...] }`. */
export type SocketError = Pick<Schemas['Error'], 'code' | 'message' | 'field'>;

/** Every ack: `{ ok: true, ... }` or `{ ok: false, error }`. */
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: SocketError };

export type WatchAck = Ack<{ room: string }>;

/**
 * One GPS point as a driver sends it, by socket (`positions`) or HTTP: the
 * API's PositionPoint, numbered by the phone and stamped with an ISO time.
 */
export type PositionPoint = Body<'/api/v1/tracking/positions', 'post'>['points'][number] & {
  seq: number;
  recordedAt: string;
};

export type PositionsAck = Ack<Schemas['PositionAck']>;

/** `position`, fanned out to `order:<id>` and the fleet rooms. */
export interface PositionEvent {
  driverId: number;
  orderId: number | null;
  lat: number;
  lng: number;
  recordedAt: string;
  accuracy: number | null;
  speed: number | null;
  heading: number | null;
  altitude: number | null;
  battery: number | null;
  /** False for a point older than one already seen: trail only, don't move the marker. */
  latest: boolean;
}

/** `order:event`: one line of an order's timeline. */
export interface OrderEventMessage {
  id: number;
  orderId: number;
  type: string;
  actorId: number | null;
  position: { lat: number; lng: number } | null;
  data: Record<string, unknown> | null;
  createdAt: string;
}

/** `exception` (fleet rooms): long stop or off corridor. */
export type FleetException = Schemas['TrackingException'];

/** `notification` (room `user:<id>`): one notification, its texts in the user's language. */
export type NotificationMessage = Schemas['Notification'];

/** `chat:message` (participants' rooms): a message of an order's chat (ChatStore reads it). */
export type ChatMessageEvent = Schemas['ChatMessage'];

/** `chat:receipt` (participants' rooms): how far someone received or read an order's chat. */
export interface ChatReceiptEvent {
  orderId: number;
  userId: number;
  deliveredUpTo?: number;
  readUpTo?: number;
}

/** `chat:typing` (the other participants' rooms). */
export interface ChatTypingEvent {
  orderId: number;
  userId: number;
  name: string | null;
  typing: boolean;
}

/** `payment:status` (room `payments:<orderId>`): an attempt changed; read the details over REST. */
export interface PaymentStatusEvent {
  orderId: number;
  paymentId: number;
  status: Schemas['PaymentStatus'];
}
