import { startBackground } from '../src/extension/background-main';

export default defineBackground(() => startBackground());
