import { Rng } from '@uplift/evidence-synth';
import { renderPage } from './own-pages';
import { fromRgba } from './own-camera';
import { simDeskPhoto, type SimDeskParams } from './sim-desk';
import { decodeImg, simScreenRecapture, type SimScreenParams } from './sim-screen';

// The training simulator's item sets (sim-camera.ts, sim-screen.ts, sim-desk.ts): each set renders one
// page (own-pages.ts), photographs it on a simulated desk (genuine) and photographs a simulated panel
// showing either the page (as a viewer would) or that genuine photo (recapture). Seeds start at
// SIM_SEED0, far from the other training generators' seeds; nothing here reads the independent set.

export const SIM_SEED0 = 120_000;

/** One simulated item set. */
export interface SimSet {
  photo: Buffer;
  recapture: Buffer;
  pageKind: string;
  photoParams: SimDeskParams;
  recaptureParams: SimScreenParams & { of: string };
}

/** Builds the i-th simulated set. */
export async function simSet(i: number): Promise<SimSet> {
  const r = new Rng(SIM_SEED0 + i);
  const rendered = renderPage(r);
  const page = fromRgba(rendered.width, rendered.height, rendered.rgba);
  const photo = await simDeskPhoto(page, new Rng(SIM_SEED0 + 500_000 + i));
  const r2 = new Rng(SIM_SEED0 + 1_000_000 + i);
  const ofPhoto = r2.next() < 0.35;
  const rc = await simScreenRecapture(ofPhoto ? await decodeImg(photo.jpeg) : page, r2);
  return {
    photo: photo.jpeg,
    recapture: rc.jpeg,
    pageKind: rendered.kind,
    photoParams: photo.params,
    recaptureParams: { ...rc.params, of: ofPhoto ? 'photo' : 'page' },
  };
}
