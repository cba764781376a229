import { fileURLToPath } from "node:url";

// The project's shared folder (specs, scorers, KIND data, GEXF schemas) stands beside the
// checkout as ../shared, in development and in CI alike; TRAMA_SHARED points elsewhere.
export const SHARED_DIR = process.env.TRAMA_SHARED ?? fileURLToPath(new URL("../../shared/", import.meta.url));
export const KIND_DIR = `${SHARED_DIR}/data/kind`;
export const GEXF_SCHEMA_DIR = `${SHARED_DIR}/data/gexf-schema`;
export const EVAL_DIR = `${SHARED_DIR}/eval`;
