/** "Translate the conversation": one press asks every buyer message's translation UI of the case to translate. */
export class TranslateAllBus {
  private readonly listeners = new Set<() => void>();
  on(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  all(): void {
    for (const fn of this.listeners) fn();
  }
}
