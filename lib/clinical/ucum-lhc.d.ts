/**
 * The part of `@lhncbc/ucum-lhc` 7.1.x that CareKeys uses (the package ships no types).
 * Import it by name (`import { UcumLhcUtils } from "@lhncbc/ucum-lhc"`): the package is CommonJS
 * marked `__esModule`, so a default import is undefined once a bundler has compiled it.
 */
declare module "@lhncbc/ucum-lhc" {
  export type UcumValidation = {
    status: "valid" | "invalid" | "error";
    ucumCode: string | null;
    msg: string[];
  };

  export type UcumConversion = {
    status: "succeeded" | "failed" | "error";
    toVal: number | null;
    msg: string[];
  };

  export class UcumLhcUtils {
    static getInstance(): UcumLhcUtils;
    validateUnitString(unit: string, suggest?: boolean): UcumValidation;
    convertUnitTo(
      fromUnit: string,
      value: number,
      toUnit: string,
      options?: { suggest?: boolean; molecularWeight?: number; charge?: number },
    ): UcumConversion;
  }
}
