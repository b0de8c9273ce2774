import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import { openedUpdate, turnUpdate } from './bare/workflows';

/** The baseline workflows on the same Temporal server: a worker process of their own, and calls shaped like a case's. */
export class BareBaseline {
  private constructor(
    private readonly worker: ChildProcess,
    private readonly client: Client,
    readonly taskQueue: string,
    /** The bare worker's Prometheus endpoint. */
    readonly metricsUrl: string,
  ) {}

  static async start(client: Client, temporalAddress: string, metricsPort: number): Promise<BareBaseline> {
    const taskQueue = `bare-${randomUUID().slice(0, 8)}`;
    const metricsAddress = `127.0.0.1:${metricsPort}`;
    const worker = spawn(process.execPath, [join(__dirname, 'bare', 'worker.js'), temporalAddress, taskQueue, metricsAddress], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      worker.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('bare worker running') && resolve());
      worker.once('exit', (code) => reject(new Error(`the bare worker exited (${code})`)));
    });
    return new BareBaseline(worker, client, taskQueue, `http://${metricsAddress}/metrics`);
  }

  /** Opens a baseline "case" with Update-With-Start; returns its workflow id. */
  async open(type: 'bare' | 'bareWithCommit'): Promise<string> {
    const workflowId = `${type}-${randomUUID()}`;
    const startWorkflowOperation = new WithStartWorkflowOperation(type, {
      workflowId,
      taskQueue: this.taskQueue,
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    await this.client.workflow.executeUpdateWithStart(openedUpdate, { updateId: 'opened', startWorkflowOperation });
    return workflowId;
  }

  /** One turn: an update answered by the workflow. */
  async turn(workflowId: string, messageId: string, text: string): Promise<void> {
    await this.client.workflow
      .getHandle(workflowId)
      .executeUpdate(turnUpdate, { updateId: `msg-${messageId}`, args: [{ messageId, text }] });
  }

  async stop(): Promise<void> {
    this.worker.kill('SIGTERM');
    await new Promise((resolve) => this.worker.once('exit', resolve));
  }
}
