// Composition root: wires scenario, store, stage, overlay and sound (coming).
