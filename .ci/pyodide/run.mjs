// Load Pyodide from the npm package, unpack local wheels into its site-packages (no other download is
// possible: Pyodide's own package index lives on a CDN), then run a Python script and print its output.
// Usage: node run.mjs WHEEL_DIR SCRIPT.py
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPyodide } from "pyodide";

const [wheelDir, script] = process.argv.slice(2);
const pyodide = await loadPyodide();
for (const name of readdirSync(wheelDir).filter((n) => n.endsWith(".whl")).sort()) {
  // unpackArchive wants a plain Uint8Array, not a Node Buffer.
  const bytes = new Uint8Array(readFileSync(join(wheelDir, name)));
  pyodide.unpackArchive(bytes, "wheel");
}
try {
  const output = await pyodide.runPythonAsync(readFileSync(script, "utf8"));
  process.stdout.write(String(output));
} catch (error) {
  console.error(String(error));
  process.exit(1);
}
