import type { EvidenceKind, EvidenceRecognition } from '@uplift/domain';
import { METHOD_VERSIONS, type AuthenticityFinding, type FindingSeverity } from '../findings';
import { FIELD_ROLES, type FieldRoles } from './field-roles';
import { normalisePlate, normaliseText, platesInText, sameAddress, sameName, signFitsName } from './normalise';

/** One piece of evidence of the case as the consistency check sees it. */
export interface ConsistencyEvidence {
  evidenceId: string;
  declared: EvidenceKind;
  recognition: Pick<EvidenceRecognition, 'documentType' | 'fields' | 'text'> | null;
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

/** The reference value: the merchant's declaration, else the licence's, else the first seen. */
function reference(declared: string | undefined, facts: Fact[], evidence: readonly ConsistencyEvidence[]): Fact | null {
  if (declared) return { evidenceId: '', what: 'the declared value', value: declared };
  const licence = facts.find((f) => evidence.find((e) => e.evidenceId === f.evidenceId && rolesOf(e) === FIELD_ROLES.business_licence));
  return licence ?? facts[0] ?? null;
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
      if (f !== refName && !sameName(f.value, refName.value)) {
        out.push(
          finding(
            'warning',
            0.7,
            `name "${f.value}" on ${f.what} differs from "${refName.value}" (${refName.what === 'the declared value' ? 'declared' : refName.what})`,
            [f.evidenceId, refName.evidenceId].filter(Boolean),
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
            `none of the parties of ${label(e)} (${parties.join(' / ')}) is "${refName.value}"`,
            [e.evidenceId, refName.evidenceId].filter(Boolean),
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
              `the sign text "${sign.slice(0, 40)}" does not match the business name "${refName.value}"`,
              [e.evidenceId, refName.evidenceId].filter(Boolean),
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
      if (f !== refUscc && normaliseText(f.value) !== normaliseText(refUscc.value)) {
        out.push(
          finding(
            'critical',
            0.9,
            `USCC ${f.value} on ${f.what} differs from ${refUscc.value} (${refUscc.what === 'the declared value' ? 'declared' : refUscc.what})`,
            [f.evidenceId, refUscc.evidenceId].filter(Boolean),
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
            `neither taxpayer id on ${label(e)} (${ids.join(' / ')}) is the merchant's USCC ${refUscc.value}`,
            [e.evidenceId, refUscc.evidenceId].filter(Boolean),
          ),
        );
      }
    }
  }

  const addresses = collect(ev, (r) => r.address);
  const refAddress = reference(m.address, addresses, ev);
  if (refAddress) {
    for (const f of addresses) {
      if (f !== refAddress && !sameAddress(f.value, refAddress.value)) {
        out.push(
          finding(
            'warning',
            0.5,
            `address "${f.value}" on ${f.what} differs from "${refAddress.value}"`,
            [f.evidenceId, refAddress.evidenceId].filter(Boolean),
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
  const licence = ev.find((e) => rolesOf(e) === FIELD_ROLES.business_licence);
  const established = licence ? field(licence, 'established_date') : null;
  if (licence && established && /^\d{4}-\d{2}-\d{2}$/.test(established)) {
    for (const f of collect(ev, (r) => r.activityDate)) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(f.value) && f.value < established) {
        out.push(
          finding('warning', 0.7, `${f.what} ${f.value} is before the business was established (${established})`, [
            f.evidenceId,
            licence.evidenceId,
          ]),
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
