import { createEdgeArrowHeadProgram, createEdgeCompoundProgram, EdgeClampedProgram, EdgeRectangleProgram } from "sigma/rendering";

// Sigma v3 draws no dashed edges, so these programs are sigma's own straight and arrow
// edge programs with two lines added to their shaders: the vertex shader passes on how
// far along the edge a fragment lies, the fragment shader leaves every other stretch
// empty. Planned, possible and negated relations use them: a dash reads as "not (yet) so".

const DASH = 16.0;
const GAP = 10.0;

function dashVertex(source: string): string {
  return source
    .replace("varying float v_feather;", "varying float v_feather;\nvarying float v_along;")
    .replace(
      "v_normal = unitNormal;",
      "v_normal = unitNormal;\n  v_along = a_positionCoef * length(a_positionEnd - a_positionStart) * u_sizeRatio / u_correctionRatio / u_zoomRatio;",
    );
}

function dashFragment(source: string): string {
  return source
    .replace("varying float v_feather;", "varying float v_feather;\nvarying float v_along;")
    .replace(
      "float dist = length(v_normal) * v_thickness;",
      `if (mod(v_along, ${(DASH + GAP).toFixed(1)}) > ${DASH.toFixed(1)}) discard;\n  float dist = length(v_normal) * v_thickness;`,
    );
}

export class EdgeDashedProgram extends EdgeRectangleProgram {
  getDefinition() {
    const definition = super.getDefinition();
    return { ...definition, VERTEX_SHADER_SOURCE: dashVertex(definition.VERTEX_SHADER_SOURCE), FRAGMENT_SHADER_SOURCE: dashFragment(definition.FRAGMENT_SHADER_SOURCE) };
  }
}

// Typed by sigma as a factory product without its methods; it is an EdgeProgram like the other.
class EdgeDashedClampedProgram extends (EdgeClampedProgram as unknown as typeof EdgeRectangleProgram) {
  getDefinition() {
    const definition = super.getDefinition();
    return { ...definition, VERTEX_SHADER_SOURCE: dashVertex(definition.VERTEX_SHADER_SOURCE), FRAGMENT_SHADER_SOURCE: dashFragment(definition.FRAGMENT_SHADER_SOURCE) };
  }
}

export const EdgeDashedArrowProgram = createEdgeCompoundProgram([EdgeDashedClampedProgram, createEdgeArrowHeadProgram()]);
