import { h } from 'preact';
import htm from 'htm';

/** JSX-like tagged templates for Preact, with no build step beyond tsc (docs/adr/0023). */
export const html = htm.bind(h);
