import { decide, evolve, type CaseCommand, type CaseState, type DecisionRules, type NewCaseEvent } from '@uplift/domain';

/**
 * Applies commands to a draft of the case state, collecting the events they produce. Nothing is
 * stored until the caller commits `events`; if that fails, the draft is simply dropped.
 */
export class CaseTransaction {
  readonly events: NewCaseEvent[] = [];
  private current: CaseState;

  constructor(
    readonly base: CaseState,
    readonly now: string,
    /** The id of the event at a stream position (positional ids, or the first workflow's random ones). */
    private readonly newEventId: (seq: number) => string,
    private readonly rules: DecisionRules = 'v2',
  ) {
    this.current = base;
  }

  /** The state as it will be once these events are stored. */
  get draft(): CaseState {
    return this.current;
  }

  /** Decides a command against the draft (throws DomainError when a rule forbids it). */
  apply(command: CaseCommand): this {
    for (const event of decide(command, this.current, { now: this.now, rules: this.rules })) {
      this.current = evolve(this.current, event);
      this.events.push({ eventId: this.newEventId(this.base.version + this.events.length + 1), event });
    }
    return this;
  }
}
