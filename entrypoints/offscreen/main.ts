import { startOffscreenEngine } from '../../src/extension/offscreen-main';

startOffscreenEngine();
