// What the game knows of the Scenario Lab (lab.html): the hand-over of "Play it" (see play.ts).
// The Lab's page itself is a separate entry (src/lab/main.ts); nothing else of it enters the game.
export { LAB_KEY, LAB_PARAM } from './play';
