// The overlay's public face.
export { downloadText, fitOverlay, mountOverlay, type Overlay } from './overlay';
