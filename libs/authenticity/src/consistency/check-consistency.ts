import type { EvidenceKind, EvidenceRecognition } from '@uplift/domain';
import { METHOD_VERSIONS, type AuthenticityFinding, type FindingSeverity } from '../findings';
import { ADVISORY_CHECKS } from '../policy';
import { FIELD_ROLES, type FieldRoles } from './field-roles';
import { normalisePlate, normaliseText, platesInText, sameAddress, sameName, signFitsName } from './normalise';

/** One piece of evidence of the case as the consistency check sees it. */
export interface ConsistencyEvidence {
  evidenceId: string;
  declared: EvidenceKind;
  recognition: Pick<EvidenceRecognition, 'documentType' | 'fields' | 'text'> | null;
  /** The upload's own authenticity findings (its AuthenticityChecked); one shown to reviewers keeps it from anchoring the comparison. */
  findings?: readonly AuthenticityFinding[];
}

/** What the merchant declared about itself (from the case or the conversation); all optional. */
export interface MerchantFacts {
  name?: string;
  uscc?: string;
  address?: string;
  plates?: readonly string[];
}

/** Everything `checkConsistency` compares. */
export interface ConsistencyInput {
  merchant?: MerchantFacts;
  evidence: readonly ConsistencyEvidence[];
}

interface Fact {
  evidenceId: string;
  what: string;
  value: string;
}

const field = (e: ConsistencyEvidence, name: string): string | null => {
  const f = e.recognition?.fields.find((x) => x.name === name);
  return f && f.value.trim() !== '' ? f.value.trim() : null;
};

function rolesOf(e: ConsistencyEvidence): FieldRoles | undefined {
  const type =
    e.recognition?.documentType && e.recognition.documentType !== 'unknown'
      ? e.recognition.documentType
      : e.declared.kind === 'voucher'
        ? e.declared.type
        : null;
  return type ? FIELD_ROLES[type] : undefined;
}

const label = (e: ConsistencyEvidence): string => (e.declared.kind === 'voucher' ? e.declared.type : `photo:${e.declared.class}`);

function finding(severity: FindingSeverity, score: number, detail: string, ids: string[]): AuthenticityFinding {
  return {
    check: 'inconsistent',
    severity,
    score,
    methodVersion: METHOD_VERSIONS.inconsistent,
    region: null,
    detail,
    relatedEvidenceIds: [...new Set(ids)],
  };
}

/**
 * The finding that puts an upload in doubt as a reference, or null: one of its own findings shown to
 * reviewers as a doubt about it: any warning or critical one, or any finding of an advisory check (they
 * are stored at 'info' but emitted only above their show thresholds; a screen recapture only above its
 * critical threshold). Info-level metadata notes and earlier cross-document findings do not count.
 */
export function referenceDoubt(e: ConsistencyEvidence | undefined): AuthenticityFinding | null {
  return e?.findings?.find((f) => f.check !== 'inconsistent' && (f.severity !== 'info' || ADVISORY_CHECKS.has(f.check))) ?? null;
}

/** What a comparison is anchored on: a fact, and whether the upload it comes from is itself in doubt. */
interface Reference extends Fact {
  /** The finding of the reference's own upload that puts it in doubt (only when no upload without one carries the fact). */
  doubt: AuthenticityFinding | null;
  /** Facts of uploads in doubt that were passed over for this reference. */
  passedOver: Fact[];
}

/**
 * The reference value: the merchant's declaration, else the licence's, else the first seen, taken
 * from uploads that are not in doubt (`referenceDoubt`). A document showing a doubt about itself
 * (e.g. a suspected screen recapture) must not anchor the comparison, or genuine evidence would be
 * discounted for disagreeing with it. Only when every upload carrying the fact is in doubt is one of
 * them the reference, as before, with its doubt recorded.
 */
function reference(declared: string | undefined, facts: Fact[], evidence: readonly ConsistencyEvidence[]): Reference | null {
  if (declared) return { evidenceId: '', what: 'the declared value', value: declared, doubt: null, passedOver: [] };
  const upload = (f: Fact): ConsistencyEvidence | undefined => evidence.find((e) => e.evidenceId === f.evidenceId);
  const trusted = facts.filter((f) => referenceDoubt(upload(f)) === null);
  const pool = trusted.length > 0 ? trusted : facts;
  const isLicence = (f: Fact): boolean => {
    const e = upload(f);
    return e !== undefined && rolesOf(e) === FIELD_ROLES.business_licence;
  };
  const chosen = pool.find(isLicence) ?? pool[0];
  if (!chosen) return null;
  return {
    ...chosen,
    doubt: referenceDoubt(upload(chosen)),
    passedOver: trusted.length > 0 ? facts.filter((f) => !trusted.includes(f)) : [],
  };
}

/** Whether a fact is the reference itself. */
const isReference = (f: Fact, ref: Reference): boolean => f.evidenceId === ref.evidenceId && f.what === ref.what;

const doubtOf = (id: string, evidence: readonly ConsistencyEvidence[]): AuthenticityFinding | null =>
  referenceDoubt(evidence.find((e) => e.evidenceId === id));

/**
 * The uploads a disagreement between `subjectId` and the reference concerns: both, unless exactly one
 * of them is in doubt; then that one alone (genuine evidence is not discounted for disagreeing with a
 * suspect document, nor the other way round).
 */
function concerned(subjectId: string, ref: Reference, evidence: readonly ConsistencyEvidence[]): string[] {
  const subjectInDoubt = doubtOf(subjectId, evidence) !== null;
  if (ref.evidenceId !== '' && subjectInDoubt !== (ref.doubt !== null)) return [subjectInDoubt ? subjectId : ref.evidenceId];
  return [subjectId, ref.evidenceId].filter(Boolean);
}

/** How a finding names its reference, and (for replay) why that one and whom the finding concerns. */
function described(subjectId: string, ref: Reference, evidence: readonly ConsistencyEvidence[]): string {
  if (ref.evidenceId === '') return 'declared';
  const shows = (f: AuthenticityFinding | null): string => `shows a ${f?.check ?? 'doubtful'} finding`;
  const parts = [ref.what];
  if (ref.doubt) parts.push(`the only source, itself in doubt: it ${shows(ref.doubt)}`);
  for (const f of ref.passedOver) parts.push(`not ${f.what}: it ${shows(doubtOf(f.evidenceId, evidence))}`);
  const ids = concerned(subjectId, ref, evidence);
  if (ids.length === 1) parts.push(`counted against ${ids[0] === subjectId ? 'the upload in doubt' : 'the reference'} alone`);
  return parts.join('; ');
}

function collect(evidence: readonly ConsistencyEvidence[], pick: (r: FieldRoles) => readonly string[] | undefined): Fact[] {
  const out: Fact[] = [];
  for (const e of evidence) {
    const roles = rolesOf(e);
    for (const name of (roles && pick(roles)) ?? []) {
      const value = field(e, name);
      if (value) out.push({ evidenceId: e.evidenceId, what: `${label(e)}.${name}`, value });
    }
  }
  return out;
}

/**
 * Compares names, USCCs, addresses, plates and dates across every document and photo of a case;
 * each disagreement becomes one explainable `inconsistent` finding. Pure.
 */
export function checkConsistency(input: ConsistencyInput): AuthenticityFinding[] {
  const out: AuthenticityFinding[] = [];
  const ev = input.evidence;
  const m = input.merchant ?? {};

  const names = collect(ev, (r) => r.name);
  const refName = reference(m.name, names, ev);
  if (refName) {
    for (const f of names) {
      if (!isReference(f, refName) && !sameName(f.value, refName.value)) {
        out.push(
          finding(
            'warning',
            0.7,
            `name "${f.value}" on ${f.what} differs from "${refName.value}" (${described(f.evidenceId, refName, ev)})`,
            concerned(f.evidenceId, refName, ev),
          ),
        );
      }
    }
    for (const e of ev) {
      const roles = rolesOf(e);
      const parties = (roles?.party ?? []).map((n) => field(e, n)).filter((v): v is string => v !== null);
      if (parties.length > 0 && !parties.some((p) => sameName(p, refName.value))) {
        out.push(
          finding(
            'warning',
            0.6,
            `none of the parties of ${label(e)} (${parties.join(' / ')}) is "${refName.value}" (${described(e.evidenceId, refName, ev)})`,
            concerned(e.evidenceId, refName, ev),
          ),
        );
      }
      if (e.declared.kind === 'photo' && e.declared.class === 'storefront' && e.recognition?.text) {
        const sign = e.recognition.text.split('\n')[0]?.trim() ?? '';
        if (sign.length >= 2 && !signFitsName(sign, refName.value)) {
          out.push(
            finding(
              'warning',
              0.5,
              `the sign text "${sign.slice(0, 40)}" does not match the business name "${refName.value}" (${described(e.evidenceId, refName, ev)})`,
              concerned(e.evidenceId, refName, ev),
            ),
          );
        }
      }
    }
  }

  const usccs = collect(ev, (r) => r.uscc);
  const refUscc = reference(m.uscc, usccs, ev);
  if (refUscc) {
    for (const f of usccs) {
      if (!isReference(f, refUscc) && normaliseText(f.value) !== normaliseText(refUscc.value)) {
        out.push(
          finding(
            'critical',
            0.9,
            `USCC ${f.value} on ${f.what} differs from ${refUscc.value} (${described(f.evidenceId, refUscc, ev)})`,
            concerned(f.evidenceId, refUscc, ev),
          ),
        );
      }
    }
    for (const e of ev) {
      const ids = (rolesOf(e)?.partyUscc ?? []).map((n) => field(e, n)).filter((v): v is string => v !== null);
      if (ids.length > 0 && !ids.some((v) => normaliseText(v) === normaliseText(refUscc.value))) {
        out.push(
          finding(
            'warning',
            0.7,
            `neither taxpayer id on ${label(e)} (${ids.join(' / ')}) is the merchant's USCC ${refUscc.value} (${described(e.evidenceId, refUscc, ev)})`,
            concerned(e.evidenceId, refUscc, ev),
          ),
        );
      }
    }
  }

  const addresses = collect(ev, (r) => r.address);
  const refAddress = reference(m.address, addresses, ev);
  if (refAddress) {
    for (const f of addresses) {
      if (!isReference(f, refAddress) && !sameAddress(f.value, refAddress.value)) {
        out.push(
          finding(
            'warning',
            0.5,
            `address "${f.value}" on ${f.what} differs from "${refAddress.value}" (${described(f.evidenceId, refAddress, ev)})`,
            concerned(f.evidenceId, refAddress, ev),
          ),
        );
      }
    }
  }

  out.push(...plateFindings(ev, m));
  out.push(...dateAndNumberFindings(ev));
  return out;
}

function plateFindings(ev: readonly ConsistencyEvidence[], m: MerchantFacts): AuthenticityFinding[] {
  const out: AuthenticityFinding[] = [];
  const docPlates = collect(ev, (r) => r.plate).map((f) => ({ ...f, value: normalisePlate(f.value) }));
  const known = new Set([
    ...(m.plates ?? []).map(normalisePlate),
    ...docPlates
      .filter(
        (f) =>
          ev.find((e) => e.evidenceId === f.evidenceId)?.declared.kind === 'voucher' &&
          /vehicle_licence|road_transport_certificate/.test(f.what),
      )
      .map((f) => f.value),
  ]);
  if (known.size === 0) return out;
  for (const f of docPlates) {
    if (!known.has(f.value))
      out.push(
        finding('warning', 0.6, `plate ${f.value} on ${f.what} is not one of the merchant's vehicles (${[...known].join(', ')})`, [
          f.evidenceId,
        ]),
      );
  }
  for (const e of ev) {
    if (e.declared.kind !== 'photo' || !e.recognition?.text) continue;
    for (const p of platesInText(e.recognition.text)) {
      if (!known.has(p))
        out.push(
          finding('warning', 0.6, `plate ${p} seen in photo ${label(e)} is not one of the merchant's vehicles (${[...known].join(', ')})`, [
            e.evidenceId,
          ]),
        );
    }
  }
  return out;
}

function dateAndNumberFindings(ev: readonly ConsistencyEvidence[]): AuthenticityFinding[] {
  const out: AuthenticityFinding[] = [];
  // The establishment date is the licence's (one not in doubt, if the case has one).
  const established = reference(
    undefined,
    collect(ev, (r) => (r === FIELD_ROLES.business_licence ? ['established_date'] : undefined)),
    ev,
  );
  if (established && /^\d{4}-\d{2}-\d{2}$/.test(established.value)) {
    for (const f of collect(ev, (r) => r.activityDate)) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(f.value) && f.value < established.value) {
        out.push(
          finding(
            'warning',
            0.7,
            `${f.what} ${f.value} is before the business was established (${established.value}; ${described(f.evidenceId, established, ev)})`,
            concerned(f.evidenceId, established, ev),
          ),
        );
      }
    }
  }
  // The same document number twice in one case must describe the same document.
  const byNumber = new Map<string, ConsistencyEvidence[]>();
  for (const e of ev) {
    for (const n of rolesOf(e)?.number ?? []) {
      const v = field(e, n);
      if (v) byNumber.set(`${n}:${normaliseText(v)}`, [...(byNumber.get(`${n}:${normaliseText(v)}`) ?? []), e]);
    }
  }
  for (const [key, docs] of byNumber) {
    const first = docs[0];
    if (!first || docs.length < 2) continue;
    for (const other of docs.slice(1)) {
      for (const name of ['amount', 'total', 'date', 'signing_date']) {
        const a = field(first, name);
        const b = field(other, name);
        if (a && b && normaliseText(a) !== normaliseText(b)) {
          out.push(
            finding('critical', 0.85, `${key.replace(':', ' ')} appears twice with different ${name}: ${a} vs ${b}`, [
              first.evidenceId,
              other.evidenceId,
            ]),
          );
        }
      }
    }
  }
  return out;
}
