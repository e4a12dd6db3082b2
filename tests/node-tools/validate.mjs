// Validates rendered custom resources with the kubernetes-models validators, which are generated from the upstream
// CRDs' schemas (types, required fields, enums, formats). Reads a JSON array of objects on stdin and prints one line
// per invalid object: "<index> <kind>/<name>: <problem>". Exit 0 when every object is valid, 1 otherwise.
import { readFileSync } from "node:fs";

const packages = {
  "argoproj.io": "@kubernetes-models/argo-cd",
  "cloud.google.com": "@kubernetes-models/gke",
  "keda.sh": "@kubernetes-models/keda",
  "kustomize.toolkit.fluxcd.io": "@kubernetes-models/flux-cd",
};

const objects = JSON.parse(readFileSync(0, "utf8"));
let invalid = 0;
for (const [index, object] of objects.entries()) {
  const [group, version] = String(object.apiVersion).split("/");
  const name = `${index} ${object.kind}/${object.metadata?.name ?? ""}`;
  if (!(group in packages)) {
    console.log(`${name}: no validator for ${object.apiVersion}`);
    invalid++;
    continue;
  }

  try {
    const module = await import(`${packages[group]}/${group}/${version}/${object.kind}`);
    new module[object.kind](object).validate();
  } catch (error) {
    console.log(`${name}: ${String(error.message).replaceAll("\n", " ")}`);
    invalid++;
  }
}

process.exit(invalid === 0 ? 0 : 1);
