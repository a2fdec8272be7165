import { classifyDatabaseFault } from './database-faults';

export interface AvailabilityLog {
  warn(fields: Record<string, unknown>, message: string): void;
  log(fields: Record<string, unknown>, message: string): void;
}

/**
 * Whether the database is reachable, as this process last saw it. A connection error or a
 * failed query only raises a suspicion: one probe decides, so a single ended session is not
 * reported as an outage. Once the database is down it is probed every `probeIntervalMs`
 * until it answers. Each outage is logged exactly twice: when it starts and when it ends.
 */
export class DatabaseAvailability {
  private downSince?: number;
  private checking = false;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly logger: AvailabilityLog,
    private readonly probeIntervalMs = 1_000,
  ) {}

  get isUp(): boolean {
    return this.downSince === undefined;
  }

  /** Something failed in a way that may mean the database went away. */
  suspect(error: unknown): void {
    if (this.stopped || this.checking || this.downSince !== undefined) return;
    this.checking = true;
    void this.probe().then(
      () => {
        this.checking = false;
      },
      (probeError: unknown) => {
        this.checking = false;
        if (this.stopped || this.downSince !== undefined) return;
        this.downSince = Date.now();
        const reason = classifyDatabaseFault(probeError)?.reason ?? classifyDatabaseFault(error)?.reason ?? 'no answer';
        this.logger.warn({ reason }, 'database unavailable: requests that need it are answered 503 until it is back');
        this.scheduleProbe();
      },
    );
  }

  /** A query succeeded: if the database was down, it is back. */
  confirmUp(): void {
    if (this.downSince === undefined) return;
    const downForMs = Date.now() - this.downSince;
    this.downSince = undefined;
    clearTimeout(this.timer);
    this.logger.log({ downForMs }, 'database available again');
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private scheduleProbe(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.probe().then(
        () => this.confirmUp(),
        () => this.scheduleProbe(),
      );
    }, this.probeIntervalMs);
    this.timer.unref();
  }
}
