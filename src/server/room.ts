// One negotiating table: a Colyseus room that runs the engine's pure reducer and is the only
// authority on the game. Each student receives only their own PlayerView (as messages, never as
// shared state), moves are checked for seat and legality, a dropped seat is kept for the grace
// period, and the computer negotiator can take a seat nobody holds.
import { randomInt } from 'node:crypto';
import { type Client, Room, ServerError } from '@colyseus/core';
import type { Negotiator } from '../ai';
import { negotiatorFor, personaNegotiator } from '../ai';
import type { Cache, GameState, Model, Move, Outcome, PlayerView, Side } from '../engine';
import { applyMove, checkMove, newGame, other, playerView, saveLog, statusQuo, textIn } from '../engine';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  type CreateOptions,
  cleanName,
  type FinalInfo,
  type NetError,
  type NetErrorCode,
  type OutsideScenario,
  parseCreateOptions,
  parseMoveMessage,
  rejectionText,
  type SeatInfo,
  TO_CLIENT,
  TO_SERVER,
  type TableInfo,
  type TablePhase,
  type ViewUpdate,
} from '../net/protocol';
import type { Catalog } from './catalog';
import { outsideModel } from './outside';

/** What every room of a server shares. */
export interface RoomConfig {
  readonly catalog: Catalog;
  /** One value-keyed cache for the whole process (views, computer decisions). */
  readonly cache: Cache;
  /** The computer's pause before it moves, in ms (a person can follow the table). */
  readonly computerDelayMs: number;
  readonly graceSeconds: number;
  /** A client sending more messages than this in a second is disconnected (a flood). */
  readonly maxMessagesPerSecond: number;
  /** One line per notable event (oversized frames, errors); quiet in tests. */
  readonly log: (line: string) => void;
}

type Seat =
  | { readonly kind: 'open' }
  | {
      readonly kind: 'human';
      readonly sessionId: string;
      readonly name: string;
      status: 'connected' | 'waiting' | 'left';
      graceEndsAt: number;
    }
  | {
      readonly kind: 'computer';
      readonly persona: string;
      readonly name: string;
      readonly negotiator: Negotiator;
    };

const CODES_KEY = 'bargaining-chips:table-codes';

/** The other side's ratification failures are its private numbers: a view carries only its own. */
function ownOutcome(outcome: Outcome | null, side: Side): Outcome | null {
  if (outcome?.kind !== 'rejectedAtHome') return outcome;
  const mine = outcome.failures[side];
  return { ...outcome, failures: side === 0 ? [mine, []] : [[], mine] };
}

/** A view as sent over the wire. */
export function wireView(view: PlayerView): PlayerView {
  return { ...view, outcome: ownOutcome(view.outcome, view.side) };
}

/** A Colyseus room class bound to a server's configuration. */
export function tableRoom(config: RoomConfig): typeof TableRoom {
  return class extends TableRoom {
    override config = config;
  };
}

export class TableRoom extends Room {
  config!: RoomConfig;
  override maxClients = 2;
  model!: Model;
  game!: GameState;
  seats: [Seat, Seat] = [{ kind: 'open' }, { kind: 'open' }];
  creatorSide: Side = 0;
  /** The instructor's own file the table plays, if it is not one of the server's scenarios. */
  outside: OutsideScenario | null = null;
  started = false;
  private computerTimer: { clear(): void } | null = null;

  override async onCreate(raw: unknown): Promise<void> {
    this.patchRate = null; // no shared state: every fact goes out as a message at once
    this.maxMessagesPerSecond = this.config.maxMessagesPerSecond;
    const parsed = parseCreateOptions(raw);
    if (!parsed.ok) throw new ServerError(422, parsed.error.message);
    const opts: CreateOptions = parsed.value;
    const model = opts.scenario
      ? outsideModel(opts.scenario, opts.scenarioId)
      : this.config.catalog.get(opts.scenarioId);
    if (!model) throw new ServerError(422, `This server does not have the scenario "${opts.scenarioId}".`);
    if (model.contentHash !== opts.contentHash)
      throw new ServerError(
        409,
        `This server has another version of "${opts.scenarioId}": reload the page, or ask the teacher to update the server.`,
      );
    this.model = model;
    this.outside = opts.scenario ?? null;
    this.creatorSide = opts.side ?? 0;
    this.game = newGame(model, opts.seed ?? randomInt(2 ** 31));
    if (opts.computer !== undefined) {
      const seat = this.computerSeat(other(this.creatorSide), opts.computer, this.game.seed);
      if (!seat.ok) throw new ServerError(422, seat.error.message);
      this.seats[other(this.creatorSide)] = seat.value;
    }
    this.roomId = await this.uniqueCode();
    this.onMessage(TO_SERVER.sync, (client) => this.guard(client, () => this.sync(client)));
    this.onMessage(TO_SERVER.move, (client, msg) => this.guard(client, () => this.move(client, msg)));
    this.onMessage(TO_SERVER.computer, (client, msg) =>
      this.guard(client, () => this.takeComputer(client, msg)),
    );
    this.onMessage('*', (client, type) =>
      this.refuse(client, 'badMessage', `Unknown message "${String(type).slice(0, 40)}".`),
    );
  }

  override onJoin(client: Client, options: unknown): void {
    const seat = this.freeSeat();
    if (seat === null) throw new ServerError(4409, 'This table is full: both seats are taken.');
    const name = cleanName((options as { name?: unknown } | undefined)?.name);
    this.seats[seat] = {
      kind: 'human',
      sessionId: client.sessionId,
      name,
      status: 'connected',
      graceEndsAt: 0,
    };
    this.startIfReady();
    this.broadcastTable();
  }

  override onDrop(client: Client): void {
    const seat = this.seatOf(client);
    if (seat === null) return;
    const s = this.seats[seat];
    if (s.kind !== 'human') return;
    s.status = 'waiting';
    s.graceEndsAt = Date.now() + this.config.graceSeconds * 1000;
    this.broadcastTable();
    const wait = this.allowReconnection(client, this.config.graceSeconds);
    (wait as unknown as Promise<unknown>).catch?.(() => {});
  }

  override onReconnect(client: Client): void {
    const seat = this.seatOf(client);
    if (seat === null) return;
    const s = this.seats[seat];
    if (s.kind === 'human') s.status = 'connected';
    this.broadcastTable();
  }

  override onLeave(client: Client): void {
    const seat = this.seatOf(client);
    if (seat === null) return;
    const s = this.seats[seat];
    if (s.kind === 'human' && s.sessionId === client.sessionId) s.status = 'left';
    this.broadcastTable();
  }

  override onDispose(): void {
    this.computerTimer?.clear();
    void this.presence.srem(CODES_KEY, this.roomId);
  }

  override onUncaughtException(error: Error, method: string): void {
    this.config.log(`table ${this.roomId}: ${method} failed: ${error.message}`);
  }

  // --- requests ---

  private sync(client: Client): void {
    const seat = this.seatOf(client);
    if (seat === null) return;
    client.send(TO_CLIENT.table, this.tableFor(seat));
    client.send(TO_CLIENT.view, wireView(playerView(this.model, this.game, seat, this.config.cache)));
    if (this.game.outcome) client.send(TO_CLIENT.final, this.finalInfo());
  }

  private move(client: Client, msg: unknown): void {
    const seat = this.seatOf(client);
    if (seat === null) return;
    const parsed = parseMoveMessage(msg, seat);
    if (!parsed.ok) {
      this.refuse(client, parsed.error.code, parsed.error.message);
      return;
    }
    if (!this.started) {
      this.refuse(client, 'notStarted', 'The negotiation starts when both seats are taken.');
      return;
    }
    this.apply(parsed.value, client);
  }

  private takeComputer(client: Client, msg: unknown): void {
    const seat = this.seatOf(client);
    if (seat === null) return;
    const target = other(seat);
    const s = this.seats[target];
    if (s.kind === 'computer') {
      this.refuse(client, 'seatTaken', 'The computer already holds that seat.');
      return;
    }
    if (s.kind === 'human' && s.status === 'connected') {
      this.refuse(client, 'seatTaken', `${s.name || 'Your partner'} holds that seat.`);
      return;
    }
    if (s.kind === 'human' && s.status === 'waiting') {
      const left = Math.max(0, Math.ceil((s.graceEndsAt - Date.now()) / 1000));
      const who = s.name || 'Your partner';
      this.refuse(
        client,
        'partnerMayReturn',
        `${who} may still come back (${left} s left); then the computer can take the seat.`,
      );
      return;
    }
    const persona = (msg as { persona?: unknown } | undefined)?.persona;
    const made = this.computerSeat(target, typeof persona === 'string' ? persona : '', this.game.seed);
    if (!made.ok) {
      this.refuse(client, made.error.code, made.error.message);
      return;
    }
    this.seats[target] = made.value;
    this.startIfReady();
    this.broadcastTable();
    this.scheduleComputer();
  }

  // --- the game ---

  private apply(move: Move, from: Client | null): void {
    const before = this.game;
    const r = applyMove(this.model, before, move, this.config.cache);
    if (!r.ok) {
      if (from) {
        // Newer engines give the rejection parameters (for the screen's words); pass them on.
        const params = (r.rejection as { params?: NetError['rejectionParams'] }).params;
        this.refuse(from, 'illegalMove', rejectionText(r.rejection.code), r.rejection.code, params);
      }
      return;
    }
    this.game = r.state;
    const eventFired = r.state.fired.length !== before.fired.length;
    for (const side of [0, 1] as const) {
      const client = this.clientOf(side);
      if (client) client.send(TO_CLIENT.update, this.updateFor(side, eventFired, before.log.length));
    }
    if (this.game.outcome) {
      const final = this.finalInfo();
      for (const side of [0, 1] as const) this.clientOf(side)?.send(TO_CLIENT.final, final);
      this.broadcastTable();
    } else this.scheduleComputer();
  }

  private updateFor(side: Side, withOwn: boolean, logFrom: number): ViewUpdate {
    const v = playerView(this.model, this.game, side, this.config.cache);
    return {
      round: v.round,
      turn: v.turn,
      standing: v.standing,
      statementsMade: v.statementsMade,
      fired: v.fired,
      events: v.events,
      logFrom,
      log: v.log.slice(logFrom),
      outcome: ownOutcome(v.outcome, side),
      ...(withOwn ? { own: v.own, ownWalkAway: v.ownWalkAway } : {}),
    };
  }

  private scheduleComputer(): void {
    if (!this.started || this.game.outcome || this.computerTimer) return;
    const side = this.game.turn;
    const seat = this.seats[side];
    if (seat.kind !== 'computer') return;
    this.computerTimer = this.clock.setTimeout(() => {
      this.computerTimer = null;
      if (this.game.outcome || this.game.turn !== side || this.seats[side] !== seat) return;
      this.apply(this.computerMove(seat.negotiator, side), null);
    }, this.config.computerDelayMs);
  }

  /** As the store's computer does: its decision, or (a negotiator's bug) its last offer again. */
  private computerMove(negotiator: Negotiator, side: Side): Move {
    const view = playerView(this.model, this.game, side, this.config.cache);
    let move: Move | null = null;
    try {
      move = negotiator.decide(view, this.config.cache);
    } catch (e) {
      this.config.log(`table ${this.roomId}: computer failed: ${(e as Error).message}`);
    }
    if (move && checkMove(this.model, this.game, move) === null) return move;
    const pkg = this.game.standing?.by === side ? this.game.standing.package : statusQuo(this.model);
    return { type: 'propose', side, package: pkg };
  }

  private computerSeat(
    side: Side,
    personaId: string,
    seed: number,
  ): { ok: true; value: Seat } | { ok: false; error: NetError } {
    const model = this.model;
    const named = personaId ? negotiatorFor(model, side, personaId, { seed }) : null;
    if (named && !named.ok) return { ok: false, error: { code: 'unknownPersona', message: named.message } };
    const persona = model.personas.find((p) => p.id === personaId && p.side === side);
    if (named?.ok)
      return {
        ok: true,
        value: {
          kind: 'computer',
          persona: personaId,
          name: persona ? textIn(persona.name) : personaId,
          negotiator: named.negotiator,
        },
      };
    const first = model.personas.find((p) => p.side === side);
    if (first)
      return {
        ok: true,
        value: {
          kind: 'computer',
          persona: first.id,
          name: textIn(first.name),
          negotiator: personaNegotiator(first, first.difficulty, seed),
        },
      };
    const linear = negotiatorFor(model, side, 'linear', { seed });
    if (!linear.ok) return { ok: false, error: { code: 'unknownPersona', message: linear.message } };
    return {
      ok: true,
      value: { kind: 'computer', persona: 'linear', name: 'Computer', negotiator: linear.negotiator },
    };
  }

  // --- seats and messages ---

  private freeSeat(): Side | null {
    if (!this.started && this.seats[this.creatorSide].kind === 'open') return this.creatorSide;
    for (const side of [0, 1] as const) {
      const s = this.seats[side];
      if (s.kind === 'open' || (s.kind === 'human' && s.status === 'left')) return side;
    }
    return null;
  }

  private startIfReady(): void {
    if (this.started || this.seats.some((s) => s.kind === 'open')) return;
    this.started = true;
    this.scheduleComputer();
  }

  /** The seat a client holds (by session: a reconnected client is a new object with the same session). */
  private seatOf(client: Client): Side | null {
    for (const side of [0, 1] as const) {
      const s = this.seats[side];
      if (s.kind === 'human' && s.sessionId === client.sessionId) return side;
    }
    return null;
  }

  private clientOf(side: Side): Client | undefined {
    const s = this.seats[side];
    if (s.kind !== 'human' || s.status !== 'connected') return undefined;
    return this.clients.getById(s.sessionId);
  }

  private phase(): TablePhase {
    return this.game.outcome ? 'over' : this.started ? 'playing' : 'waiting';
  }

  private seatInfo(side: Side): SeatInfo {
    const s = this.seats[side];
    if (s.kind === 'open') return { status: 'open', name: '' };
    if (s.kind === 'computer') return { status: 'computer', name: s.name };
    if (s.status === 'waiting')
      return {
        status: 'waiting',
        name: s.name,
        graceSeconds: Math.max(0, Math.ceil((s.graceEndsAt - Date.now()) / 1000)),
      };
    return { status: s.status, name: s.name };
  }

  private tableFor(you: Side): TableInfo {
    return {
      code: this.roomId,
      scenarioId: this.model.id,
      contentHash: this.model.contentHash,
      phase: this.phase(),
      seats: [this.seatInfo(0), this.seatInfo(1)],
      you,
      ...(this.outside ? { scenario: this.outside } : {}),
    };
  }

  private broadcastTable(): void {
    for (const side of [0, 1] as const) this.clientOf(side)?.send(TO_CLIENT.table, this.tableFor(side));
  }

  private finalInfo(): FinalInfo {
    const name = (s: Seat) => (s.kind === 'open' ? '' : s.name);
    const persona = (s: Seat) => (s.kind === 'computer' ? s.persona : null);
    return {
      log: saveLog(this.game),
      names: [name(this.seats[0]), name(this.seats[1])],
      personas: [persona(this.seats[0]), persona(this.seats[1])],
    };
  }

  private refuse(
    client: Client,
    code: NetErrorCode,
    message: string,
    rejection?: string,
    rejectionParams?: NetError['rejectionParams'],
  ): void {
    const error: NetError = {
      code,
      message,
      ...(rejection === undefined ? {} : { rejection }),
      ...(rejectionParams === undefined ? {} : { rejectionParams }),
    };
    client.send(TO_CLIENT.error, error);
  }

  /** A handler that throws answers `serverError` and leaves the game as it was. */
  private guard(client: Client, run: () => void): void {
    const game = this.game;
    const seats: [Seat, Seat] = [this.seats[0], this.seats[1]];
    try {
      run();
    } catch (e) {
      this.game = game;
      this.seats = seats;
      this.config.log(`table ${this.roomId}: request failed: ${(e as Error).message}`);
      this.refuse(client, 'serverError', 'The server could not do that; the table is unchanged.');
    }
  }

  private async uniqueCode(): Promise<string> {
    for (let i = 0; i < 100; i++) {
      let code = '';
      for (let k = 0; k < CODE_LENGTH; k++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
      if (!(await this.presence.sismember(CODES_KEY, code))) {
        await this.presence.sadd(CODES_KEY, code);
        return code;
      }
    }
    throw new ServerError(503, 'No free table code: try again.');
  }
}
