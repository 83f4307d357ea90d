import type { Hex } from "viem";

/**
 * Anvil's well-known development accounts (mnemonic "test test ... junk"). They hold no
 * value anywhere and are used only on the local chain (31337): never configure them for
 * another chain.
 */
/** The demo patient's name: the wallet list and the seeded records (scripts/stack/seed.ts) both use it. */
export const DEMO_PATIENT_NAME = { given: "Alex", family: "Morgan" } as const;

export const DEV_ACCOUNTS = {
  deployer: {
    role: "deployer",
    label: "Deployer and verifier",
    privateKey: "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  },
  patient: {
    role: "patient",
    label: `Demo patient (${DEMO_PATIENT_NAME.given} ${DEMO_PATIENT_NAME.family})`,
    privateKey: "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  },
  clinician: {
    role: "clinician",
    label: "Demo clinician (Dr. Maya Rivera, Riverside Clinic)",
    privateKey: "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
  },
  model: {
    role: "model",
    label: "AI model runner (ASCVD 10-year risk)",
    privateKey: "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
  },
  framingham: {
    role: "model",
    label: "AI model runner (Framingham 10-year cardiovascular risk)",
    privateKey: "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
  },
  newPatient: {
    role: "patient",
    label: "Second patient (no data yet)",
    privateKey: "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
  },
} as const satisfies Record<string, { role: string; label: string; privateKey: Hex }>;

export type DevAccountName = keyof typeof DEV_ACCOUNTS;

/** The accounts offered by the in-app development wallet. */
export const DEV_WALLET_ACCOUNTS = ["patient", "clinician", "newPatient"] as const satisfies DevAccountName[];

export const LOCAL_CHAIN_ID = 31337;
