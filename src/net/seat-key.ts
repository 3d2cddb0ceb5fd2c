// Where a tab keeps its network seat (sessionStorage), in a file of its own: the game's first load
// (src/main.ts) reads it to know whether a seat comes back after a reload, without loading the
// network client or the protocol's code.

/** The sessionStorage key of the seat this tab holds at a network table. */
export const SEAT_KEY = 'bargaining-chips:network-seat';
