export default defineBackground(() => {
  // Wiring lives in src/background/; see setUpBackground.
});
