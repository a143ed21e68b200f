import { setUpBackground } from '../src/background';

export default defineBackground(() => {
  setUpBackground();
});
