/**
 * The function a CommonJS package exports as `module.exports` but declares as `export default`. Under
 * NodeNext, TypeScript types a default import of such a package as its namespace (`{ default: fn }`),
 * while Node hands over `module.exports` itself; this takes whichever holds the function.
 */
export function cjsDefault<T extends { default: unknown }>(module: T): T["default"] {
  const candidate = (module as { default?: unknown }).default;
  return (candidate ?? module) as T["default"];
}
