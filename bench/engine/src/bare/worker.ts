// A process that runs the baseline workflows of bench:load:
// node bare/worker.js <temporal address> <task queue> <metrics address>.
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';

async function main(): Promise<void> {
  const [address, taskQueue, metricsAddress] = process.argv.slice(2);
  if (!address || !taskQueue || !metricsAddress) throw new Error('usage: worker.js <temporal address> <task queue> <metrics address>');
  Runtime.install({
    logger: new DefaultLogger('ERROR'),
    shutdownSignals: ['SIGINT', 'SIGTERM'],
    // The same figures the engine's worker serves, for the breakdown of a turn's time.
    telemetryOptions: { metrics: { prometheus: { bindAddress: metricsAddress, useSecondsForDurations: true } } },
  });
  let stored = 0;
  const worker = await Worker.create({
    connection: await NativeConnection.connect({ address }),
    taskQueue,
    workflowsPath: require.resolve('./workflows'),
    activities: { commit: (text: string) => Promise.resolve((stored += text.length > 0 ? 1 : 0)) },
  });
  console.log('bare worker running');
  await worker.run();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
