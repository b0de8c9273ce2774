import type { AuditReport } from './audit-report';

function text(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
const escape = (value: unknown): string =>
  text(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const rows = (cells: unknown[][]): string => cells.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('\n');
const table = (head: string[], cells: unknown[][]): string =>
  `<table><thead><tr>${head.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>${rows(cells)}</tbody></table>`;

/**
 * The report as one self-contained HTML page a person can read and print (no scripts, no external
 * resources). The JSON bundle stays the record: the page shows its digest so the two can be matched.
 */
export function renderAuditHtml(report: AuditReport): string {
  const c = report.case;
  const verdicts = report.verification.verdicts.map((v) => [v.step, v.status, v.detail]);
  const evidence = report.evidence.map((e) => [
    e.evidenceId,
    e.declared,
    e.erased ? 'erased' : (e.recognised?.documentType ?? 'not recognised'),
    e.erased ? 'erased' : (e.recognised?.fields.map((f) => `${f.name}: ${f.value}`).join('; ') ?? ''),
    e.authenticity
      ? `${e.authenticity.verdict}${e.authenticity.findings.length ? ` (${e.authenticity.findings.map((f) => `${f.check} ${f.severity}`).join(', ')})` : ''}`
      : 'not checked',
  ]);
  const decision = report.decision
    ? `<p><strong>${escape(report.decision.outcome)}</strong>: ${escape(report.decision.grantedLimit)} granted of ${escape(report.decision.requestedLimit)} requested (current ${escape(report.decision.currentLimit)}); policy ${escape(report.decision.policyVersion)}, knowledge ${escape(report.decision.knowledgeVersion)}, inputs hash <code>${escape(report.decision.inputsHash)}</code></p>
       ${table(
         ['reason', 'parameters'],
         report.decision.reasons.map((r) => [r.code, JSON.stringify(r.params)]),
       )}`
    : '<p>No decision.</p>';
  const r = report.review;
  const review = r
    ? `<p>Referred ${escape(r.referredAt)} (engine: ${escape(r.engineDecision.outcome)} ${escape(r.engineDecision.grantedLimit)})${r.escalatedAt ? `, escalated ${escape(r.escalatedAt)}` : ''}; ${r.decidedAt ? `decided by ${escape(r.reviewerId)} at ${escape(r.decidedAt)}, ${r.agreesWithEngine ? 'agreeing' : 'disagreeing'} with the engine` : 'not decided yet'}.</p>`
    : '<p>No human review.</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Audit of case ${escape(c.caseId)}</title>
<style>body{font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem;max-width:75rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#eee}.pass{color:#060}.fail{color:#a00}code{font-size:12px}</style></head>
<body>
<h1>Audit of case <code>${escape(c.caseId)}</code></h1>
<p>Generated ${escape(report.generatedAt)}${report.asOf ? `, state as of ${escape(JSON.stringify(report.asOf))}` : ''}. Digest <code>${escape(report.integrity.digest)}</code> (${escape(report.integrity.algorithm)}).</p>
<h2>Verification: <span class="${report.verification.ok ? 'pass' : 'fail'}">${report.verification.ok ? 'every check passed' : 'a check failed'}</span></h2>
${table(['check', 'verdict', 'detail'], verdicts)}
<h2>Case</h2>
${table(['channel', 'status', 'industry', 'language', 'current', 'requested', 'granted', 'opened', 'closed', 'erased'], [[c.channel, c.status, c.industry, c.language, c.currentLimit, c.requestedLimit, c.grantedLimit, c.openedAt, c.closedAt, c.erasedAt]])}
<h2>Decision</h2>
${decision}
<h2>Review</h2>
${review}
<h2>Evidence</h2>
${table(['upload', 'declared', 'recognised as', 'fields read', 'authenticity'], evidence)}
<h2>Operator actions</h2>
${
  report.operatorActions.length
    ? table(
        ['when', 'operator', 'action', 'reason'],
        report.operatorActions.map((a) => [a.at, a.operator, a.kind, a.reason]),
      )
    : '<p>None.</p>'
}
<h2>Timeline</h2>
${table(
  ['#', 'when', 'who', 'what', 'rules'],
  report.timeline.map((t) => [
    t.seq,
    t.at,
    t.actor,
    t.erased ? `${t.summary} (erased)` : t.summary,
    Object.entries(t.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', '),
  ]),
)}
<h2>Archived histories</h2>
${table(
  ['run', 'events', 'bytes', 'final', 'archived', 'sha256'],
  report.archives.map((a) => [a.runId, a.historyEvents, a.historyBytes, a.final ? 'yes' : 'no', a.archivedAt, a.sha256]),
)}
</body></html>
`;
}
