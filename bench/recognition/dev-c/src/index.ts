// dev-c: an independent renderer of Chinese voucher pages photographed with a phone, for the recognition
// benchmark. generateDevC({ seed, perType }) yields BenchDoc-compatible documents for all 26 voucher types.
import { VOUCHER_TYPES } from '@uplift/domain';
import { DRAWERS } from './docs';
import { photograph } from './draw';
import { Rand, typeSeed } from './rand';

export interface DevCDoc {
  id: string;
  type: string;
  bytes: Buffer;
  truth: Record<string, string>;
  amountFields: string[];
  /** Layout and photo conditions, e.g. `grid-above+table|fold,glare`. */
  wording: string;
}

export interface DevCOptions {
  seed: number;
  perType: number;
  /** Restricts the types drawn; every type has its own random stream, so the documents stay those of a full run. */
  types?: ReadonlySet<string> | null;
}

/** Yields `perType` photographed pages per voucher type, deterministic for a seed. */
export async function* generateDevC({ seed, perType, types }: DevCOptions): AsyncIterable<DevCDoc> {
  for (const { id: type, keyFields } of VOUCHER_TYPES) {
    if (types && !types.has(type)) continue;
    const draw = DRAWERS[type];
    if (!draw) throw new Error(`dev-c: no drawer for ${type}`);
    const r = new Rand(typeSeed(seed, type));
    const allowed: ReadonlySet<string> = new Set(keyFields);
    for (let i = 0; i < perType; i += 1) {
      const { page, truth, amounts, layout } = draw(r);
      for (const k of Object.keys(truth)) if (!allowed.has(k)) throw new Error(`dev-c: ${type} truth has ${k}, not a key field`);
      const { jpeg, conditions } = await photograph(page, r);
      const shown = Object.entries(conditions)
        .filter(([, on]) => on)
        .map(([k]) => k);
      yield {
        id: `devc-${type}-${i + 1}`,
        type,
        bytes: jpeg,
        truth,
        amountFields: amounts.filter((a) => a in truth),
        wording: `${layout}|${shown.length > 0 ? shown.join(',') : 'plain'}`,
      };
    }
  }
}
