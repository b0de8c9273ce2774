/** The parts of an Express (router 2) layer this module reads: route layers carry `route`. */
export interface RouterLayer {
  route?: { methods?: Record<string, boolean | undefined> };
  match(path: string): unknown;
}

/**
 * The methods the registered routes accept at `path`, sorted, with HEAD wherever GET is (Express
 * answers HEAD with the GET route); empty when no route matches the path at all. Read from the
 * router itself, so the answer can never drift from the routes.
 */
export function allowedMethods(stack: readonly RouterLayer[], path: string): string[] {
  const methods = new Set<string>();
  for (const layer of stack) {
    const declared = layer.route?.methods;
    if (!declared || !matches(layer, path)) continue;
    for (const [method, on] of Object.entries(declared)) {
      if (on && method !== '_all') methods.add(method.toUpperCase());
    }
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

function matches(layer: RouterLayer, path: string): boolean {
  try {
    return Boolean(layer.match(path));
  } catch {
    // A malformed percent-encoding in a parameter: no route can take this path.
    return false;
  }
}
