/** A risk (0..1) as people read it: "8.4 %". */
export const percentText = (risk: number) => `${(risk * 100).toFixed(1)} %`;
