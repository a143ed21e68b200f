// Language packs compiled on first use. Compiling every pack's patterns costs most of the start-up time, while an
// ad usually needs one or two languages: the CLI and the extension compile a pack the first time it is asked for.
import type { CompiledPack } from './compile';

/**
 * A Map of language → compiled pack whose entries may be compiled lazily. Reading an entry (get, values,
 * entries, iteration) compiles it once; has, keys and size do not compile anything.
 */
export class PackMap extends Map<string, CompiledPack> {
  private readonly pending = new Map<string, () => CompiledPack>();
  private readonly order: string[] = [];

  /** Adds a pack compiled by `compile` the first time it is read. */
  setLazy(lang: string, compile: () => CompiledPack): this {
    if (!this.has(lang)) this.order.push(lang);
    super.delete(lang);
    this.pending.set(lang, compile);
    return this;
  }

  override set(lang: string, pack: CompiledPack): this {
    if (!this.has(lang)) this.order?.push(lang);
    this.pending?.delete(lang);
    return super.set(lang, pack);
  }

  override get(lang: string): CompiledPack | undefined {
    const compile = this.pending.get(lang);
    if (compile) {
      this.pending.delete(lang);
      super.set(lang, compile());
    }
    return super.get(lang);
  }

  override has(lang: string): boolean {
    return this.pending.has(lang) || super.has(lang);
  }

  override delete(lang: string): boolean {
    const had = this.has(lang);
    this.pending.delete(lang);
    super.delete(lang);
    const at = this.order.indexOf(lang);
    if (at >= 0) this.order.splice(at, 1);
    return had;
  }

  override clear(): void {
    this.pending.clear();
    this.order.length = 0;
    super.clear();
  }

  override get size(): number {
    return this.order.length;
  }

  override keys(): MapIterator<string> {
    return this.order.slice()[Symbol.iterator]();
  }

  override *entries(): MapIterator<[string, CompiledPack]> {
    for (const lang of this.order.slice()) {
      const pack = this.get(lang);
      if (pack) yield [lang, pack];
    }
  }

  override *values(): MapIterator<CompiledPack> {
    for (const [, pack] of this.entries()) yield pack;
  }

  override [Symbol.iterator](): MapIterator<[string, CompiledPack]> {
    return this.entries();
  }

  override forEach(
    callback: (pack: CompiledPack, lang: string, map: Map<string, CompiledPack>) => void,
    thisArg?: unknown,
  ): void {
    for (const [lang, pack] of this.entries()) callback.call(thisArg, pack, lang, this);
  }
}
