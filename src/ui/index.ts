// The overlay's public face.
export { loadFonts } from './fonts';
export { downloadText, fitOverlay, mountOverlay, type Overlay } from './overlay';
