// Preloaded (node --require) into the worker and API by `npm run bench:codec` only: the engine's data
// converter without the payload codec, so the codec's cost can be measured against the same build.
// A benchmark instrument, never a setting: the product has no way to turn encryption off.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const converter = require('@uplift/temporal/dist/data-converter') as { engineDataConverter: () => object };
converter.engineDataConverter = () => ({});
