// The network client's public face, for the store and the headless bots. Load it lazily
// (`await import('../net')`): it brings the Colyseus SDK, which offline play never needs.
export {
  type ConnectionState,
  createTable,
  endpointOf,
  joinTable,
  type NetEvents,
  NetRequestError,
  type PartnerEvent,
  partnerEvent,
  resumeTable,
  type SavedSeat,
  SEAT_KEY,
  type SeatStorage,
  savedSeat,
  TableConnection,
} from './client';
export * from './protocol';
