// The benchmark's recogniser process (recogniser-process.ts): creates the recogniser with the options in
// argv[2], then reads documents it is sent and answers with the result, wall and CPU seconds and OCR passes.
import { createRecogniser, type RecogniserOptions } from '@uplift/vision';
import type { FromChild, ToChild } from './recogniser-process';

const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const send = (m: FromChild): void => {
  process.send?.(m);
};

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as RecogniserOptions;
  const recogniser = await createRecogniser(options);
  process.on('message', (m: ToChild) => {
    void (async () => {
      try {
        if (m.kind === 'peak') return send({ id: m.id, kind: 'peak', peakRssMb: peakRssMb() });
        if (m.kind === 'close') {
          await recogniser.close();
          send({ id: m.id, kind: 'peak', peakRssMb: peakRssMb() });
          return process.disconnect();
        }
        const input = { ...m.input, bytes: Buffer.from(m.input.bytes) };
        let passes = 0;
        const cpu0 = process.cpuUsage();
        const t0 = process.hrtime.bigint();
        const result = await recogniser.recognise(input, (stage) => {
          if (stage.startsWith('ocr:')) passes += 1; // one 'ocr:<angle>' stage per OCR pass
        });
        const cpu = process.cpuUsage(cpu0);
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        send({ id: m.id, kind: 'recognised', timed: { result, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, passes } });
      } catch (error) {
        send({ id: m.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
  send({ id: 0, kind: 'ready' });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
