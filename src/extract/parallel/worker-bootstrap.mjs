// Worker threads do not inherit the parent's `--import tsx` module hooks (Node 20), so
// each worker registers tsx itself before loading the TypeScript worker body.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
