// Evaluated once per workflow thread, inside Temporal's sandbox, before the SDK freezes its globals
// (preloaded first: see WORKFLOW_BUNDLE_PRELOADS). It sets how many frames V8 captures for an Error
// created in workflow code. The SDK creates one such Error for every promise a workflow makes (its
// stack-trace query) and maps each frame through the bundle's source map, so the depth is paid on
// every activation. docs/adr/0032 gives the measurements and what operators still see.
Error.stackTraceLimit = 6;

export {};
