// graphology-layout-forceatlas2 ships no types for its single-iteration kernel.
declare module "graphology-layout-forceatlas2/iterate.js" {
  const iterate: (settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array) => void;
  export default iterate;
}
