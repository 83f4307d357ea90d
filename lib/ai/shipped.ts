import type { DevAccountName } from "../dev/accounts";
import type { ModelCard } from "./card";
import { FRAMINGHAM_CARD, PCE_CARD } from "./cards";
import { FRAMINGHAM_SPEC } from "./framingham/model";
import type { SurvivalModelSpec } from "./onnx/survivalModel";
import { PCE_SPEC } from "./pce/model";

/** The models the local stack registers: the account that runs each, its card and its artifact's spec. */
export const SHIPPED_MODELS: readonly {
  account: DevAccountName;
  card: ModelCard;
  spec: SurvivalModelSpec;
}[] = [
  { account: "model", card: PCE_CARD, spec: PCE_SPEC },
  { account: "framingham", card: FRAMINGHAM_CARD, spec: FRAMINGHAM_SPEC },
];
