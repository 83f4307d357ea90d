/** `IDirectory.Kind` on chain: what a registered account is. */
export const PARTICIPANT_KIND = { None: 0, Provider: 1, Model: 2 } as const;
export type ParticipantKind = (typeof PARTICIPANT_KIND)[keyof typeof PARTICIPANT_KIND];
