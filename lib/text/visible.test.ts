import { describe, expect, it } from "vitest";
import { visibleName, visibleText } from "./visible";

describe("visibleText", () => {
  it("removes bidi overrides, isolates and marks, so what is shown is what search reads", () => {
    expect(visibleText("\u202edetcefni ton\u202c Healthy")).toBe("detcefni ton Healthy");
    expect(visibleText("\u2066Metformin\u2069 \u200e500\u200f mg\u061c")).toBe("Metformin 500 mg");
    expect(visibleText("Pea\u200bnut\ufeff \u00adallergy")).toBe("Peanut allergy");
  });

  it("removes control characters but keeps line breaks and tabs", () => {
    expect(visibleText("Line one\r\nLine\ttwo\u0007\u0085\u009b")).toBe("Line one\nLine\ttwo");
  });

  it("keeps a zero-width joiner that builds an emoji, and drops one anywhere else", () => {
    expect(visibleText("👩\u200d⚕️ Dr. Lee")).toBe("👩\u200d⚕️ Dr. Lee");
    expect(visibleText("Dr.\u200d Lee")).toBe("Dr. Lee");
  });

  it("leaves ordinary text of any script alone", () => {
    const text = "Müller & Söhne · Клиника · 診療所 · عيادة";
    expect(visibleText(text)).toBe(text);
  });

  it("drops letters that draw nothing (Hangul fillers, the braille blank), so a name of them reads as empty", () => {
    expect(visibleName("\u3164\u2800\uFFA0")).toBe("");
    expect(visibleName("lab\u3164result.pdf")).toBe("labresult.pdf");
  });
});
