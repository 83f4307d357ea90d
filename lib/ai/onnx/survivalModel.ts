import type { onnx as Onnx } from "onnx-proto";
import onnxProto from "onnx-proto";

// onnx-proto is CommonJS: its namespace comes through the default export under ESM.
const { onnx } = onnxProto;

/**
 * A risk model of the proportional-hazards form that cardiovascular risk scores share (the Pooled
 * Cohort Equations, Framingham): for the group a person belongs to,
 *
 *   risk = 1 − S₀ ^ exp(Σ coefficient × term − mean)
 *
 * where every term is a product of factors of the inputs (an input, its natural log, or 1 − an
 * indicator input) and the group is chosen by indicator inputs (sex, race). A spec is data: the
 * published coefficients and how the terms are formed. `survivalModelOnnx` turns one into an ONNX
 * graph (opset 13, float32, one row per person, output `risk`), byte for byte the same every
 * time, so its CID is its identity.
 */
export type SurvivalModelSpec = {
  /** The graph's name, and the model's in its metadata. */
  name: string;
  /** Input columns, in order: the model card's input names. */
  inputs: readonly string[];
  /** The terms, each a product of factors. */
  terms: readonly { name: string; factors: readonly Factor[] }[];
  /** The groups; exactly one applies to a person: all its `when` indicators hold. */
  groups: readonly {
    name: string;
    when: readonly Factor[];
    coefficients: Readonly<Record<string, number>>;
    baselineSurvival: number;
    meanSum: number;
  }[];
  /** Free text kept in the artifact (e.g. the citation). */
  doc: string;
};

/** An input as it is, its natural log, or 1 − it (an indicator's opposite). */
export type Factor = { input: string } | { ln: string } | { not: string };

const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;

/** The ONNX artifact of `spec`: the same bytes for the same spec, every build. */
export function survivalModelOnnx(spec: SurvivalModelSpec): Uint8Array {
  check(spec);
  const nodes: Onnx.INodeProto[] = [];
  const initializers: Onnx.ITensorProto[] = [];
  const constant = (name: string, dims: number[], values: number[]) => {
    initializers.push({ name, dims, dataType: FLOAT, floatData: values });
    return name;
  };
  const op = (opType: string, inputs: string[], output: string, attribute: Onnx.IAttributeProto[] = []) => {
    nodes.push({ opType, input: inputs, output: [output], name: output, attribute });
    return output;
  };
  const one = constant("one", [], [1]);

  // One [N, 1] column per input, and its log or complement when a factor needs them.
  const made = new Map<string, string>();
  const column = (input: string) => {
    const key = `x.${input}`;
    if (!made.has(key)) {
      initializers.push({
        name: `index.${input}`,
        dims: [1],
        dataType: INT64,
        int64Data: [spec.inputs.indexOf(input)],
      });
      made.set(key, op("Gather", ["x", `index.${input}`], key, [{ name: "axis", type: 2, i: 1 }]));
    }
    return made.get(key)!;
  };
  const factor = (f: Factor) => {
    if ("input" in f) return column(f.input);
    const [key, opType, args] =
      "ln" in f ? [`ln.${f.ln}`, "Log", [column(f.ln)]] : [`not.${f.not}`, "Sub", [one, column(f.not)]];
    if (!made.has(key)) made.set(key, op(opType, args, key));
    return made.get(key)!;
  };
  const product = (name: string, factors: readonly Factor[]) => {
    if (factors.length === 0) throw new Error(`${name}: a product needs at least one factor.`);
    let out = factor(factors[0]);
    factors.slice(1).forEach((f, i) => {
      out = op("Mul", [out, factor(f)], factors.length === i + 2 ? name : `${name}.${i}`);
    });
    return factors.length === 1 ? op("Identity", [out], name) : out;
  };

  const terms = spec.terms.map((t) => product(`term.${t.name}`, t.factors));
  const weights = spec.groups.map((g) => product(`group.${g.name}`, g.when));
  const T = op("Concat", terms, "terms", [{ name: "axis", type: 2, i: 1 }]);
  const G = op("Concat", weights, "groups", [{ name: "axis", type: 2, i: 1 }]);
  const coefficients = constant(
    "coefficients",
    [spec.terms.length, spec.groups.length],
    spec.terms.flatMap((t) => spec.groups.map((g) => g.coefficients[t.name] ?? 0)),
  );
  const means = constant(
    "meanSums",
    [spec.groups.length],
    spec.groups.map((g) => g.meanSum),
  );
  const survival = constant(
    "baselineSurvival",
    [spec.groups.length],
    spec.groups.map((g) => g.baselineSurvival),
  );
  op("MatMul", [T, coefficients], "sums");
  op("Sub", ["sums", means], "centred");
  op("Exp", ["centred"], "hazardRatio");
  op("Pow", [survival, "hazardRatio"], "survival");
  op("Sub", [one, "survival"], "risks");
  op("Mul", ["risks", G], "groupRisk");
  initializers.push({ name: "rowAxis", dims: [1], dataType: INT64, int64Data: [1] });
  op("ReduceSum", ["groupRisk", "rowAxis"], "risk", [{ name: "keepdims", type: 2, i: 0 }]);

  const tensor = (name: string, dims: (number | string)[]): Onnx.IValueInfoProto => ({
    name,
    type: {
      tensorType: {
        elemType: FLOAT,
        shape: { dim: dims.map((d) => (typeof d === "number" ? { dimValue: d } : { dimParam: d })) },
      },
    },
  });
  const model: Onnx.IModelProto = {
    irVersion: 7,
    opsetImport: [{ domain: "", version: 13 }],
    producerName: "carekeys",
    modelVersion: 1,
    docString: spec.doc,
    graph: {
      name: spec.name,
      node: nodes,
      initializer: initializers,
      input: [tensor("x", ["N", spec.inputs.length])],
      output: [tensor("risk", ["N"])],
    },
    metadataProps: [{ key: "inputs", value: spec.inputs.join(",") }],
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

function check(spec: SurvivalModelSpec) {
  const known = new Set(spec.inputs);
  const inputsOf = (f: Factor) => ("input" in f ? f.input : "ln" in f ? f.ln : f.not);
  for (const f of [...spec.terms.flatMap((t) => t.factors), ...spec.groups.flatMap((g) => g.when)]) {
    if (!known.has(inputsOf(f)))
      throw new Error(`${spec.name}: "${inputsOf(f)}" is not one of the model's inputs.`);
  }
  const terms = new Set(spec.terms.map((t) => t.name));
  for (const g of spec.groups) {
    for (const name of Object.keys(g.coefficients)) {
      if (!terms.has(name))
        throw new Error(`${spec.name}: group ${g.name} weighs an unknown term "${name}".`);
    }
  }
}
