import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The viewer is a static app: `trama serve` hands out viewer/dist and the graph files.
// base "./" keeps asset URLs relative, so the build works under any path.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1500,
    // No inline <script> or data: module: the server's CSP allows neither.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
