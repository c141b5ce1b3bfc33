export default defineBackground(() => {
  // wiring added by the data-layer work
});
