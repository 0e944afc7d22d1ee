import type { components } from './openapi';
import type { Body } from './api-client';

/**
 * Names for the wire shapes the app uses, taken from the generated OpenAPI
 * types (openapi.d.ts) rather than copied by hand: when the API's document
 * changes, `node ace openapi:types` regenerates them and the compiler shows
 * every place that no longer fits.
 */
type Schemas = components['schemas'];

export type User = Schemas['User'];
/** The signed-in user (`/me`, the sign-in answer) with what they may do. */
export type Me = Schemas['Me'];
export type Capability = Schemas['Capability'];
export type Payment = Schemas['Payment'];
export type OrderPayments = Schemas['OrderPayments'];
export type PaymentProvider = Payment['provider'];
export type Role = Schemas['Role'];
export type Locale = Schemas['Locale'];
export type Country = Schemas['Country'];
export type Currency = Schemas['Currency'];
/** Orders, bids and their tracks are named by the order module (order/order.ts). */
export type OrganisationSummary = Schemas['OrganisationSummary'];
export type Organisation = Schemas['Organisation'];
export type NearbyDriver = Schemas['NearbyDriver'];
/** A driver of the caller's fleet looked up by id (named apart from the map's FleetDriver). */
export type FleetDriverRecord = Schemas['FleetDriver'];
export type TrackingException = Schemas['TrackingException'];
export type Vehicle = Schemas['Vehicle'];
export type VehicleDetails = Schemas['VehicleDetails'];
export type VehicleType = Schemas['VehicleType'];
export type FleetDocument = Schemas['FleetDocument'];
export type Eligibility = Schemas['Eligibility'];
export type DocumentKind = Schemas['DocumentKind'];
export type DocumentStatus = Schemas['DocumentStatus'];
export type FleetReadiness = Schemas['FleetReadiness'];
export type Invitation = Schemas['Invitation'];
export type AdminUser = Schemas['AdminUser'];
export type AuditEvent = Schemas['AuditEvent'];
export type DisputeCase = Schemas['DisputeCase'];
export type DisputeCaseDetails = Schemas['DisputeCaseDetails'];
export type Operations = Schemas['Operations'];
export type Cooperative = Schemas['Cooperative'];
export type Farmer = Schemas['Farmer'];
export type CollectionRoute = Schemas['CollectionRoute'];
/** A route's run today: its stops in order with their farmers, and the cooperative's thresholds. */
export type RouteRun = Schemas['RouteRun'];
export type CollectionsDashboard = Schemas['CollectionsDashboard'];
export type RouteVariance = Schemas['RouteVariance'];
export type Notification = Schemas['Notification'];
export type NotificationKind = Notification['kind'];
export type NotificationPreferences = Schemas['NotificationPreferences'];
export type ChatMessage = Schemas['ChatMessage'];
export type ChatReceipt = Schemas['ChatReceipt'];

export type OtpRequested = Schemas['CodeSent'];
export type SignedIn = Schemas['SignedIn'];
export type VerifyOtp = Body<'/api/v1/auth/otp/verify', 'post'>;
export type ProfileChanges = Body<'/api/v1/me', 'patch'>;
export type AddMember = Body<'/api/v1/organisations/{id}/members', 'post'>;

/** `GET /api/v1/config`: public settings the web app needs before sign-in. */
export type RuntimeSettings = Schemas['WebConfig'];

/** One entry of the API's error format `{ errors: [...] }`. */
export type WireError = Pick<Schemas['Error'], 'code' | 'message' | 'field' | 'rule'>;
