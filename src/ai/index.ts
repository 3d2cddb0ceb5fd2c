// The computer negotiator's public face: personas and baselines as negotiators built from
// swappable parts (bidding, acceptance, opponent model), and headless simulation.
export type {
  AcceptanceStrategy,
  Bid,
  BiddingStrategy,
  DecideOptions,
  DecisionContext,
  Negotiator,
  NegotiatorParts,
} from './types';
export { acAny, acBest, acCombi, acNext, acRandom, acReciprocal } from './acceptance';
export { type ReciprocalBidding, type ReciprocalParams, reciprocalBidding } from './bidding-reciprocal';
export { drawFloor, TEMPERS, type Temper } from './reciprocity';
export { stubbornNegotiator, stubbornPackage } from './stubborn';
export { aspiration, BAND, type ConcessionParams, randomBidding, timeDependent } from './bidding';
export { contextOf, createNegotiator } from './negotiator';
export {
  blindModel,
  estimateFor,
  frequencyModel,
  learnFrequency,
  type OpponentEstimate,
  type OpponentModel,
} from './opponent';
export {
  atDifficulty,
  BASELINES,
  type Baseline,
  baselineNegotiator,
  findPersona,
  negotiatorFactory,
  negotiatorFor,
  personaNegotiator,
} from './personas';
export { type OwnSpace, ownSpace, plainSpace, spaceCacheKey } from './space';
export {
  type GameRecord,
  type NegotiatorFactory,
  playGame,
  type SimulateOptions,
  type SimulationReport,
  simulate,
  summarize,
} from './simulate';
