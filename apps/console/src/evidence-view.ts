import { useState } from 'preact/hooks';
import { html } from './html.js';
import { t } from './i18n.js';
import type { Evidence, Finding } from './types.js';

type Box = [number, number, number, number];

const rect = (box: Box, cls: string, label: string, check?: string) =>
  html`<rect class=${cls} data-check=${check} x=${box[0]} y=${box[1]} width=${box[2]} height=${box[3]}><title>${label}</title></rect>`;

/** Coarse heatmap cells (rows of 0..1) stretched over the image. */
function heatmap(cells: number[][], size: { w: number; h: number }) {
  const rows = cells.length;
  return cells.flatMap((row, r) =>
    row.map((v, c) =>
      v < 0.2
        ? null
        : html`<rect
            class="heat"
            x=${(c * size.w) / row.length}
            y=${(r * size.h) / rows}
            width=${size.w / row.length}
            height=${size.h / rows}
            fill-opacity=${Math.min(0.6, v * 0.6)}
          />`,
    ),
  );
}

// Every located finding is drawn, advisory ones too (styled by severity): the reviewer judges what the region shows.
const regionFindings = (findings: readonly Finding[]) => findings.filter((f): f is Finding & { region: Box } => f.region !== null);

/**
 * One upload: the picture (decrypted by the API for this request only, never cached) with what
 * recognition read as boxes, the authenticity findings as highlighted regions and the heatmaps.
 */
export function EvidenceView(props: { caseId: string; item: Evidence; erased: boolean }) {
  const { caseId, item } = props;
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const [gone, setGone] = useState(props.erased);
  const [layers, setLayers] = useState({ boxes: true, regions: true, heat: true });
  const findings = item.authenticity?.findings ?? [];
  const verdict = item.authenticity?.verdict ?? '—';
  const heat = Object.entries(item.authenticity?.heatmaps ?? {}).find(([, cells]) => cells && cells.length > 0)?.[1];
  const toggle = (key: keyof typeof layers) => () => setLayers({ ...layers, [key]: !layers[key] });
  const kind = item.declared.type ?? item.declared.class ?? item.declared.kind;
  const isImage = item.mediaType.startsWith('image/');
  return html`<article class="evidence" data-evidence=${item.evidenceId} data-verdict=${verdict} aria-label=${`${t('evidence')} ${kind}`}>
    <h4>${kind} <span class=${`verdict verdict-${verdict}`}>${t('verdict')}: ${verdict}</span></h4>
    ${
      gone
        ? html`<p class="erased" role="note">${t('erased')}</p>`
        : isImage
          ? html`<div class="figure">
                <img
                  src=${`/v1/cases/${caseId}/evidence/${item.evidenceId}/image`}
                  alt=${`${kind} (${item.evidenceId.slice(0, 8)})`}
                  onLoad=${(e: Event) => {
                    const img = e.currentTarget as HTMLImageElement;
                    setSize({ w: img.naturalWidth, h: img.naturalHeight });
                  }}
                  onError=${() => setGone(true)}
                />
                ${
                  size &&
                  html`<svg class="overlay" viewBox=${`0 0 ${size.w} ${size.h}`} preserveAspectRatio="none" aria-hidden="true">
                    ${layers.heat && heat ? heatmap(heat, size) : null}
                    ${layers.boxes ? (item.recognition?.fields ?? []).filter((f) => f.box).map((f) => rect(f.box as Box, 'field-box', `${f.name}: ${f.value}`)) : null}
                    ${layers.regions ? regionFindings(findings).map((f) => rect(f.region, `finding-region severity-${f.severity}`, f.detail, f.check)) : null}
                  </svg>`
                }
              </div>
              <fieldset class="layers">
                <legend class="sr-only">${t('show')}</legend>
                <label><input type="checkbox" checked=${layers.boxes} onChange=${toggle('boxes')} /> ${t('showBoxes')}</label>
                <label><input type="checkbox" checked=${layers.regions} onChange=${toggle('regions')} /> ${t('showRegions')}</label>
                <label><input type="checkbox" checked=${layers.heat} onChange=${toggle('heat')} /> ${t('showHeatmap')}</label>
              </fieldset>`
          : html`<p><a href=${`/v1/cases/${caseId}/evidence/${item.evidenceId}/image`} target="_blank" rel="noopener">${kind} (PDF)</a></p>`
    }
    ${
      findings.length > 0 &&
      html`<h5>${t('findings')}</h5>
        <ul class="findings">
          ${findings.map((f) => html`<li class=${`severity-${f.severity}`}><strong>${f.check}</strong> (${f.severity}, ${f.score.toFixed(2)}): ${f.detail}</li>`)}
        </ul>`
    }
    ${
      (item.recognition?.fields.length ?? 0) > 0 &&
      html`<h5>${t('fields')}</h5>
        <dl class="fields">
          ${item.recognition?.fields.map(
            (f) =>
              html`<div>
                <dt>${f.name}</dt>
                <dd>${f.value} <small>(${Math.round(f.confidence * 100)}%)</small></dd>
              </div>`,
          )}
        </dl>`
    }
  </article>`;
}
