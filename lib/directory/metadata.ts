import { z } from "zod";

/** The public profile of a provider, stored on IPFS; its CID is in the Directory. */
export const providerProfileSchema = z.object({
  schema: z.literal("carekeys/provider-profile@1"),
  name: z.string().min(1),
  organization: z.string().min(1),
  specialty: z.string().optional(),
  licence: z.object({ issuer: z.string(), number: z.string() }).optional(),
});
export type ProviderProfile = z.infer<typeof providerProfileSchema>;

/** The model card of an AI model, stored on IPFS; its CID is in the Directory. */
export const modelCardSchema = z.object({
  schema: z.literal("carekeys/model-card@1"),
  name: z.string().min(1),
  version: z.string().min(1),
  intendedUse: z.string().min(1),
  inputs: z.array(z.object({ name: z.string(), loinc: z.string().optional(), unit: z.string().optional() })),
  outputs: z.array(z.object({ name: z.string(), unit: z.string().optional() })),
  limitations: z.array(z.string()),
  reference: z.string(),
});
export type ModelCard = z.infer<typeof modelCardSchema>;
